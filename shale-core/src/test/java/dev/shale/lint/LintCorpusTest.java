package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.sql.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scores every rule on the labelled corpus: recall and precision must both be 1.0, and every rule
 * must have at least one file it reports and one file of the same kind of change it leaves alone.
 */
class LintCorpusTest {

  /** true positives, false positives, false negatives of one rule. */
  private static final class Score {
    int tp;
    int fp;
    int fn;
  }

  @Test
  void everyRuleHasRecallAndPrecisionOfOneOnTheCorpus() {
    Map<String, Score> scores = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (LintCorpus file : LintCorpus.all()) {
      List<String> actual =
          file.lint().stream().map(f -> f.rule().id()).collect(Collectors.toList());
      List<String> expected = new ArrayList<>(file.expected());
      List<String> remaining = new ArrayList<>(actual);
      for (String id : expected) {
        Score s = scores.computeIfAbsent(id, k -> new Score());
        if (remaining.remove(id)) {
          s.tp++;
        } else {
          s.fn++;
          misses.add(file.file() + ": expected " + id + " but got " + actual);
        }
      }
      for (String id : remaining) {
        scores.computeIfAbsent(id, k -> new Score()).fp++;
        misses.add(file.file() + ": unexpected " + id + " in " + file.lint());
      }
    }
    StringBuilder table = new StringBuilder();
    scores.forEach(
        (id, s) ->
            table.append(
                String.format(
                    "%-40s tp=%d fp=%d fn=%d recall=%.2f precision=%.2f%n",
                    id,
                    s.tp,
                    s.fp,
                    s.fn,
                    s.tp + s.fn == 0 ? 1.0 : (double) s.tp / (s.tp + s.fn),
                    s.tp + s.fp == 0 ? 1.0 : (double) s.tp / (s.tp + s.fp))));
    System.out.print(table);
    assertThat(misses).as(table.toString()).isEmpty();
  }

  @Test
  void everyRuleHasAnUnsafeAndASafeFile() {
    for (LintRule rule : Rules.all()) {
      String id = rule.rule().id();
      var folder = LintCorpus.ROOT.resolve(id);
      List<LintCorpus> files =
          LintCorpus.all().stream().filter(f -> f.file().startsWith(folder)).toList();
      assertThat(files.stream().anyMatch(f -> f.expected().contains(id)))
          .as(id + ": a file in " + folder + " that the rule reports")
          .isTrue();
      assertThat(files.stream().anyMatch(f -> !f.expected().contains(id)))
          .as(id + ": a file in " + folder + " that the rule leaves alone")
          .isTrue();
    }
  }

  /** The examples docs/rules.md shows: the rule reports the bad one and not the good one. */
  @Test
  void everyRulesOwnExamplesAreRight() {
    List<String> wrong = new ArrayList<>();
    for (LintRule rule : Rules.all()) {
      String id = rule.rule().id();
      LintRule.Example example = rule.example();
      int version =
          example.pgVersion() == 0 ? LintSettings.DEFAULT_PG_VERSION : example.pgVersion();
      Linter linter =
          new Linter(new LintSettings(version, java.util.Set.of(id), java.util.Set.of(), false));
      if (!ids(linter, example.bad()).contains(id)) {
        wrong.add(id + " does not report its bad example");
      }
      if (ids(linter, example.good()).contains(id)) {
        wrong.add(id + " reports its good example");
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** The rule ids reported on an example, each of its migrations its own deploy. */
  private static List<String> ids(Linter linter, String sql) {
    List<LintInput> files = new ArrayList<>();
    for (String part : sql.split(java.util.regex.Pattern.quote(LintRule.Example.NEXT_MIGRATION))) {
      boolean inTransaction = !dev.shale.sql.MigrationScript.isNoTransaction(part.strip());
      files.add(new LintInput("example-" + files.size() + ".sql", part.strip(), inTransaction));
    }
    return linter.lint(List.of(), files, false).findings().stream()
        .map(f -> f.rule().id())
        .toList();
  }

  @Test
  void everyRuleIsInTheCatalogOnce() {
    assertThat(Rules.all().stream().map(r -> r.rule()).distinct().count())
        .isEqualTo(Rules.all().size());
    assertThat(Rules.all()).allSatisfy(r -> assertThat(Rule.byId(r.rule().id())).isNotNull());
  }
}
