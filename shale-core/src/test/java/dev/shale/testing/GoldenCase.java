package dev.shale.testing;

import dev.shale.diff.Change;
import dev.shale.diff.Expansions;
import dev.shale.diff.RenameAnswers;
import dev.shale.diff.SchemaDiff;
import dev.shale.loader.SchemaLoader;
import dev.shale.model.SchemaModel;
import dev.shale.sql.PlanOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One golden case folder ({@code src/test/resources/cases/<name>}): both schemas, the changes
 * between them with the answers of {@code renames.txt}/{@code creates.txt}, and the plan options
 * (online, PostgreSQL 14 unless {@code pgversion.txt} names a newer target).
 */
public record GoldenCase(
    String name, Path dir, SchemaModel before, SchemaModel after, List<Change> changes) {

  /** Where the cases live, relative to the project. */
  public static final Path CASES = ProjectFiles.testResources("cases");

  /**
   * Every case folder, sorted; only those whose names start with one of the comma-separated
   * prefixes of {@code -Dshale.golden.only} when it is set.
   */
  public static List<Path> folders() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(CASES)) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    String only = System.getProperty("shale.golden.only");
    if (only == null) {
      return cases;
    }
    List<String> names = List.of(only.split(","));
    return cases.stream()
        .filter(c -> names.stream().anyMatch(n -> c.getFileName().toString().startsWith(n)))
        .toList();
  }

  /** The schemas a database holds before and after a case's migration. */
  public record States(SchemaModel before, SchemaModel after) {}

  /**
   * The case's before.java and after.java as a database holds them: each with its {@code
   * replaces(…)} expanded from the schema before it (before.java's from previous.java when the case
   * has one, as a contract case starts from an expanded database).
   */
  public static States states(Path dir) {
    SchemaModel before = SchemaLoader.fromSources(List.of(dir.resolve("before.java")));
    Path previous = dir.resolve("previous.java");
    before =
        Files.exists(previous)
            ? Expansions.target(SchemaLoader.fromSources(List.of(previous)), before)
            : Expansions.target(SchemaModel.EMPTY, before);
    SchemaModel after =
        Expansions.target(before, SchemaLoader.fromSources(List.of(dir.resolve("after.java"))));
    return new States(before, after);
  }

  /** Loads the case in {@code dir}: both schemas as {@link #states} gives them, diffed. */
  public static GoldenCase load(Path dir) throws IOException {
    States states = states(dir);
    SchemaModel before = states.before();
    SchemaModel after = states.after();
    RenameAnswers answers =
        RenameAnswers.parse(lines(dir.resolve("renames.txt")), lines(dir.resolve("creates.txt")));
    return new GoldenCase(
        dir.getFileName().toString(),
        dir,
        before,
        after,
        SchemaDiff.diff(before, after, answers, options(dir).pgVersion()));
  }

  /** Online, for PostgreSQL 14 unless the case's pgversion.txt names a newer target. */
  public PlanOptions options() throws IOException {
    return options(dir);
  }

  /** The plan options of the case in {@code dir}, as {@link #options()}. */
  public static PlanOptions options(Path dir) throws IOException {
    List<String> version = lines(dir.resolve("pgversion.txt"));
    return version.isEmpty()
        ? PlanOptions.DEFAULT
        : new PlanOptions(Integer.parseInt(version.get(0)), true);
  }

  /** The file's lines without blanks and {@code #} comments; none when it does not exist. */
  public static List<String> lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }
}
