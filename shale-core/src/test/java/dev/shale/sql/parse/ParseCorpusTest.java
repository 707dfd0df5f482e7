package dev.shale.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real migration files (see {@code parse/corpus/README.md}) parse without a problem, and every
 * statement of a kind the parser types comes out typed. Prints, and writes to {@code
 * target/parse-corpus.txt}, the share of opaque statements per corpus with their kinds. With {@code
 * -Dshale.parse.corpus=DIR} it also parses every {@code .sql} file below DIR (e.g. PostgreSQL's
 * regression suite) and only requires that nothing escapes.
 */
class ParseCorpusTest {
  private static final Path PARSE_CORPUS = ProjectFiles.testResources("parse", "corpus");
  private static final Path PULL_CORPUS = ProjectFiles.testResources("realworld");

  /** Opaque kinds that are fine: statements no rule reads, or forms kept opaque on purpose. */
  private static final Set<String> OPAQUE_PREFIXES_TYPED =
      Set.of(
          "ALTER TABLE",
          "CREATE TABLE",
          "CREATE INDEX",
          "CREATE UNIQUE",
          "DROP",
          "TRUNCATE",
          "VACUUM",
          "CLUSTER",
          "REFRESH",
          "RESET",
          "BEGIN",
          "COMMIT",
          "ROLLBACK",
          "INSERT",
          "UPDATE",
          "DELETE",
          "LOCK",
          "DO",
          "CREATE FUNCTION",
          "CREATE PROCEDURE",
          "CREATE TRIGGER",
          "CREATE TYPE",
          "CREATE DOMAIN",
          "CREATE EXTENSION",
          "CREATE SCHEMA",
          "CREATE SEQUENCE",
          "CREATE VIEW",
          "CREATE MATERIALIZED VIEW",
          "REINDEX");

  @Test
  void realMigrationsParseWithoutProblemsAndTheirKindsComeOutTyped() throws IOException {
    StringBuilder report = new StringBuilder();
    List<String> failures = new ArrayList<>();
    Map<String, List<Path>> corpora = new TreeMap<>();
    try (Stream<Path> dirs = Files.list(PARSE_CORPUS)) {
      dirs.filter(Files::isDirectory).forEach(d -> corpora.put(d.getFileName().toString(), sql(d)));
    }
    try (Stream<Path> dirs = Files.list(PULL_CORPUS)) {
      dirs.filter(Files::isDirectory).forEach(d -> corpora.put("pull-" + d.getFileName(), sql(d)));
    }
    for (var corpus : corpora.entrySet()) {
      Tally tally = new Tally();
      for (Path file : corpus.getValue()) {
        ParsedScript parsed = parse(file);
        for (ParseProblem p : parsed.problems()) {
          failures.add(p.toString());
        }
        for (ParsedStatement s : parsed.statements()) {
          tally.add(s);
          if (s instanceof ParsedStatement.Opaque o && mustBeTyped(o.kind())) {
            failures.add(
                file + ":" + s.source().line() + ": typed kind came out opaque: " + o.kind());
          }
        }
      }
      report.append(tally.line(corpus.getKey(), corpus.getValue().size()));
    }
    String extra = System.getProperty("shale.parse.corpus");
    if (extra != null) {
      Tally tally = new Tally();
      StringBuilder problems = new StringBuilder();
      List<Path> files = sql(Path.of(extra));
      for (Path file : files) {
        ParsedScript parsed = parse(file);
        tally.problems += parsed.problems().size();
        parsed.problems().forEach(pr -> problems.append(pr).append('\n'));
        parsed.statements().forEach(tally::add);
      }
      report.append(tally.line(extra, files.size()));
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "parse-corpus-problems.txt"), problems);
    }
    System.out.print(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "parse-corpus.txt"), report);
    assertThat(failures).isEmpty();
  }

  private static boolean mustBeTyped(String kind) {
    if (kind.equals("ALTER TABLE ALL IN TABLESPACE")
        || kind.equals("ALTER INDEX ALL IN TABLESPACE")) {
      return false;
    }
    return OPAQUE_PREFIXES_TYPED.stream().anyMatch(kind::startsWith);
  }

  private static ParsedScript parse(Path file) {
    try {
      return SqlParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> sql(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Tally {
    int statements;
    int opaque;
    int unparsed;
    int problems;
    final Map<String, Integer> opaqueKinds = new TreeMap<>();

    void add(ParsedStatement s) {
      statements++;
      if (s instanceof ParsedStatement.Opaque o) {
        opaque++;
        opaqueKinds.merge(o.kind(), 1, Integer::sum);
      } else if (s instanceof ParsedStatement.Unparsed) {
        unparsed++;
      }
    }

    String line(String name, int files) {
      return String.format(
          "%s: %d files, %d statements, %d opaque (%.1f%%), %d unparsed, %d problems; opaque kinds %s%n",
          name,
          files,
          statements,
          opaque,
          statements == 0 ? 0.0 : 100.0 * opaque / statements,
          unparsed,
          problems,
          opaqueKinds);
    }
  }
}
