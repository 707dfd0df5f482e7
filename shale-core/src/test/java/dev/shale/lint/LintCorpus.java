package dev.shale.lint;

import dev.shale.sql.MigrationScript;
import dev.shale.testing.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The labelled corpus under {@code src/test/resources/lint/<rule-id>/}: every file says in its
 * header which findings it must give ({@code -- expect: rule-id, rule-id} or {@code -- expect:
 * none}) and, optionally, how to lint it ({@code -- lint: pg=11 transaction=none lock-timeout=none
 * include=prefer-identity}). By default a file runs as shale migrate runs it: in a transaction
 * unless it starts with {@code -- shale:no-transaction}, with the migrator's lock_timeout, for
 * PostgreSQL 14. A line {@code -- in a later migration:} starts the next migration of the case.
 */
public record LintCorpus(
    Path file, String text, List<String> expected, LintSettings settings, boolean inTransaction) {
  public static final Path ROOT = ProjectFiles.testResources("lint");
  private static final Pattern EXPECT = Pattern.compile("(?m)^-- expect:(.*)$");
  private static final Pattern OPTIONS = Pattern.compile("(?m)^-- lint:(.*)$");

  public static List<LintCorpus> all() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.toString().endsWith(".sql"))
          .filter(p -> !p.getParent().equals(ROOT))
          .sorted()
          .map(LintCorpus::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LintCorpus read(Path file) {
    try {
      String text = Files.readString(file);
      Matcher m = EXPECT.matcher(text);
      if (!m.find()) {
        throw new IllegalStateException(file + ": no '-- expect:' header");
      }
      List<String> expected = new ArrayList<>();
      for (String id : m.group(1).split(",")) {
        if (!id.isBlank() && !id.strip().equals("none")) {
          expected.add(id.strip());
        }
      }
      int pg = LintSettings.DEFAULT_PG_VERSION;
      boolean lockTimeout = true;
      boolean transaction = !MigrationScript.isNoTransaction(text);
      Set<String> include = new HashSet<>();
      Matcher o = OPTIONS.matcher(text);
      if (o.find()) {
        for (String option : o.group(1).strip().split("\\s+")) {
          String[] kv = option.split("=", 2);
          switch (kv[0]) {
            case "pg" -> pg = Integer.parseInt(kv[1]);
            case "transaction" -> transaction = kv[1].equals("tool");
            case "lock-timeout" -> lockTimeout = !kv[1].equals("none");
            case "include" -> include.addAll(List.of(kv[1].split(",")));
            default -> throw new IllegalStateException(file + ": unknown lint option " + option);
          }
        }
      }
      return new LintCorpus(
          file, text, expected, new LintSettings(pg, include, Set.of(), lockTimeout), transaction);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lints the file; a line {@code -- in a later migration:} starts another migration file (its own
   * deploy), so that a case can show what earlier migrations created.
   */
  public List<Finding> lint() {
    return new Linter(settings).lint(List.of(), inputs(), false).findings();
  }

  /** The file as the migrations it holds, each its own deploy. */
  public List<LintInput> inputs() {
    String name = ROOT.relativize(file).toString();
    String[] parts = text.split(java.util.regex.Pattern.quote(LintRule.Example.NEXT_MIGRATION));
    List<LintInput> inputs = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      boolean noTransaction = i > 0 && MigrationScript.isNoTransaction(parts[i].strip());
      inputs.add(
          new LintInput(
              parts.length == 1 ? name : name + "#" + (i + 1),
              parts[i],
              i == 0 ? inTransaction : inTransaction && !noTransaction));
    }
    return inputs;
  }
}
