package dev.shale.cli;

import dev.shale.diff.Change;
import dev.shale.diff.DecisionsNeededException;
import dev.shale.diff.ObjectRef;
import dev.shale.diff.RenameAnswers;
import dev.shale.diff.RenameQuestion;
import dev.shale.diff.SchemaDiff;
import dev.shale.model.SchemaModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the diff, asking rename questions on a terminal until none is left. Without a terminal it
 * prints the flags that answer the questions and gives up (exit code 2), never guessing.
 */
final class RenameDecisions {
  private RenameDecisions() {}

  /** The changes, or empty when a question could not be asked (the message has been printed). */
  static Optional<List<Change>> diff(
      SchemaModel from,
      SchemaModel to,
      RenameAnswers given,
      int pgVersion,
      Terminal terminal,
      PrintWriter out,
      PrintWriter err) {
    RenameAnswers answers = given;
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    while (true) {
      try {
        return Optional.of(SchemaDiff.diff(from, to, answers, pgVersion));
      } catch (DecisionsNeededException e) {
        if (!terminal.interactive()) {
          printFlags(e.questions(), err);
          return Optional.empty();
        }
        answers = answers.plus(ask(e.questions(), in, out, terminal));
      }
    }
  }

  private static void printFlags(List<RenameQuestion> questions, PrintWriter err) {
    err.println(
        "error: Shale must know whether these were renamed or created, and there is no terminal to ask:");
    for (RenameQuestion q : questions) {
      err.println(
          "  "
              + q.added().kind().flagName()
              + " "
              + q.added().display()
              + ": created, or renamed from "
              + String.join(" or ", q.candidates().stream().map(ObjectRef::display).toList())
              + "?");
    }
    err.println("Run again with one answer per question:");
    for (RenameQuestion q : questions) {
      for (String flag : q.answerFlags()) {
        err.println("  " + flag);
      }
    }
    err.println(
        "(a rename keeps the data; create means the old one is dropped and its data lost). Nothing was written.");
    err.flush();
  }

  private static RenameAnswers ask(
      List<RenameQuestion> questions, BufferedReader in, PrintWriter out, Terminal terminal) {
    Map<ObjectRef, ObjectRef> renames = new HashMap<>();
    Set<ObjectRef> creates = new HashSet<>();
    Set<ObjectRef> taken = new HashSet<>();
    for (RenameQuestion q : questions) {
      List<ObjectRef> candidates = q.candidates().stream().filter(c -> !taken.contains(c)).toList();
      out.println(
          terminal.bold(
              "Is "
                  + q.added().kind().flagName()
                  + " "
                  + q.added().display()
                  + " new, or renamed?"));
      out.println("  0) created (new " + q.added().kind().flagName() + ")");
      for (int i = 0; i < candidates.size(); i++) {
        out.println("  " + (i + 1) + ") renamed from " + candidates.get(i).display());
      }
      out.flush();
      int choice = readChoice(in, out, candidates.size());
      if (choice == 0) {
        creates.add(q.added());
      } else {
        renames.put(candidates.get(choice - 1), q.added());
        taken.add(candidates.get(choice - 1));
      }
    }
    return new RenameAnswers(renames, creates);
  }

  private static int readChoice(BufferedReader in, PrintWriter out, int max) {
    while (true) {
      out.print("> ");
      out.flush();
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        line = null;
      }
      if (line == null) {
        throw new IllegalStateException(
            "input ended before the rename question was answered; nothing was written");
      }
      try {
        int choice = Integer.parseInt(line.trim());
        if (choice >= 0 && choice <= max) {
          return choice;
        }
      } catch (NumberFormatException ignored) {
        // ask again
      }
      out.println("Type a number from 0 to " + max + ".");
    }
  }
}
