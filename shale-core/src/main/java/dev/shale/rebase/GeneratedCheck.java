package dev.shale.rebase;

import dev.shale.diff.Change;
import dev.shale.diff.DecisionsNeededException;
import dev.shale.diff.ObjectRef;
import dev.shale.diff.RenameAnswers;
import dev.shale.diff.RenameQuestion;
import dev.shale.diff.SchemaDiff;
import dev.shale.model.SchemaModel;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.ScriptSplitter;
import dev.shale.sql.ScriptStatement;
import dev.shale.sql.SqlScriptSyntaxException;
import dev.shale.sql.Stage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a migration file (or the files of one plan) holds exactly the statements {@code shale
 * generate} writes for the diff between its parent snapshot and its own (the last one's): then
 * regenerating it loses nothing. Comments and the header (with its stamp) do not count; statements,
 * their order, and the {@code -- shale:no-transaction} line do. A diff that needed rename answers
 * is tried with every combination of answers, up to {@link #MAX_ATTEMPTS} diffs.
 */
final class GeneratedCheck {
  static final int MAX_ATTEMPTS = 256;
  private static final int SHOWN = 80;

  private GeneratedCheck() {}

  /**
   * Whether a file is generated: from {@code changes}, or not, for the reason {@code difference}.
   */
  record Verdict(List<Change> changes, String difference) {
    boolean generated() {
      return difference == null;
    }
  }

  /**
   * Whether {@code sqls}, the files one {@code generate} wrote (one, or the steps of a plan in
   * order), are what generate writes for {@code from} → {@code to} (for some rename answers, in its
   * zero-downtime or its simple form): the changes they were generated from, or the first
   * difference, in words.
   */
  static Verdict check(SchemaModel from, SchemaModel to, List<String> sqls, int pgVersion) {
    List<List<String>> actual = new ArrayList<>();
    List<Boolean> noTransaction = new ArrayList<>();
    for (String sql : sqls) {
      try {
        actual.add(statements(sql));
      } catch (SqlScriptSyntaxException e) {
        return new Verdict(
            List.of(), "it cannot be split into statements (" + e.getMessage() + ")");
      }
      noTransaction.add(MigrationScript.isNoTransaction(sql));
    }
    Deque<RenameAnswers> todo = new ArrayDeque<>(List.of(RenameAnswers.NONE));
    String first = null;
    for (int attempts = 0; !todo.isEmpty() && attempts < MAX_ATTEMPTS; attempts++) {
      RenameAnswers answers = todo.pop();
      List<Change> changes;
      try {
        changes = SchemaDiff.diff(from, to, answers, pgVersion);
      } catch (DecisionsNeededException e) {
        for (RenameAnswers more : combinations(e.questions())) {
          todo.push(answers.plus(more));
        }
        continue;
      } catch (IllegalArgumentException contradictory) {
        continue;
      }
      for (boolean online : List.of(true, false)) {
        List<MigrationPlanner.Step> steps =
            MigrationPlanner.plan(from, to, changes, new PlanOptions(pgVersion, online));
        Optional<String> difference = compare(steps, actual, noTransaction);
        if (difference.isEmpty()) {
          return new Verdict(changes, null);
        }
        first = first == null ? difference.get() : first;
      }
    }
    return new Verdict(
        List.of(),
        first != null
            ? first
            : "Shale could not find the rename answers it was generated with (over "
                + MAX_ATTEMPTS
                + " combinations)");
  }

  /** The first difference between a plan's migrations and the files, or empty. */
  private static Optional<String> compare(
      List<MigrationPlanner.Step> steps, List<List<String>> actual, List<Boolean> noTransaction) {
    if (steps.isEmpty()) {
      // No change: the file must hold no statement either.
      steps = List.of(new MigrationPlanner.Step(Stage.MAIN, List.of(), SchemaModel.EMPTY));
    }
    if (steps.size() != actual.size()) {
      return Optional.of(
          "Shale writes "
              + steps.size()
              + (steps.size() == 1 ? " migration" : " migrations")
              + " for this change, not "
              + actual.size());
    }
    for (int i = 0; i < steps.size(); i++) {
      String expected = MigrationScript.render("x", steps.get(i), i + 1, steps.size());
      Optional<String> difference =
          compare(
              statements(expected),
              MigrationScript.isNoTransaction(expected),
              actual.get(i),
              noTransaction.get(i));
      if (difference.isPresent()) {
        return difference;
      }
    }
    return Optional.empty();
  }

  private static List<String> statements(String sql) {
    return ScriptSplitter.split(sql).stream()
        .map(ScriptStatement::sql)
        .map(s -> s.replace("\r\n", "\n").replace('\r', '\n'))
        .toList();
  }

  private static Optional<String> compare(
      List<String> expected,
      boolean expectedNoTransaction,
      List<String> actual,
      boolean actualNoTransaction) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String want = i < expected.size() ? expected.get(i) : null;
      String have = i < actual.size() ? actual.get(i) : null;
      if (have == null) {
        return Optional.of(
            "it lacks statement " + (i + 1) + ", `" + shown(want) + "`, which Shale writes");
      }
      if (want == null) {
        return Optional.of(
            "its statement " + (i + 1) + ", `" + shown(have) + "`, is not one Shale writes");
      }
      if (!want.equals(have)) {
        return Optional.of(
            "its statement "
                + (i + 1)
                + " is `"
                + shown(have)
                + "` where Shale writes `"
                + shown(want)
                + "`");
      }
    }
    if (expectedNoTransaction != actualNoTransaction) {
      return Optional.of(
          actualNoTransaction
              ? "its first line " + MigrationScript.NO_TRANSACTION + " was added by hand"
              : "its first line " + MigrationScript.NO_TRANSACTION + " was removed");
    }
    return Optional.empty();
  }

  private static String shown(String statement) {
    String oneLine = statement.replaceAll("\\s+", " ");
    return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN - 1) + "…";
  }

  /** Every consistent set of answers to one level of questions: created, or renamed from one. */
  private static List<RenameAnswers> combinations(List<RenameQuestion> questions) {
    List<RenameAnswers> found = new ArrayList<>();
    combine(questions, 0, new HashMap<>(), new HashSet<>(), found);
    return found;
  }

  private static void combine(
      List<RenameQuestion> questions,
      int at,
      Map<ObjectRef, ObjectRef> renames,
      Set<ObjectRef> creates,
      List<RenameAnswers> found) {
    if (found.size() >= MAX_ATTEMPTS) {
      return;
    }
    if (at == questions.size()) {
      found.add(new RenameAnswers(renames, creates));
      return;
    }
    RenameQuestion question = questions.get(at);
    creates.add(question.added());
    combine(questions, at + 1, renames, creates, found);
    creates.remove(question.added());
    for (ObjectRef candidate : question.candidates()) {
      if (!renames.containsKey(candidate)) {
        renames.put(candidate, question.added());
        combine(questions, at + 1, renames, creates, found);
        renames.remove(candidate);
      }
    }
  }
}
