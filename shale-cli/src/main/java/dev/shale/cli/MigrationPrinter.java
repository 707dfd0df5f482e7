package dev.shale.cli;

import dev.shale.db.Database;
import dev.shale.db.Durations;
import dev.shale.db.HistoryTable;
import dev.shale.db.MigrateResult;
import dev.shale.db.MigrationEvent;
import dev.shale.db.PreparedMigration;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Progress lines of {@code migrate} and {@code baseline}, one line per migration with its time. */
final class MigrationPrinter implements Consumer<MigrationEvent> {
  private final PrintWriter out;
  private final PrintWriter notes;
  private final Terminal terminal;
  private long start = System.nanoTime();
  private boolean lineOpen;

  /**
   * Progress goes to {@code out}; the header lines go to {@code notes}, which is standard error for
   * a dry run, so that its standard output is plain SQL.
   */
  MigrationPrinter(PrintWriter out, PrintWriter notes, Terminal terminal) {
    this.out = out;
    this.notes = notes;
    this.terminal = terminal;
  }

  void database(Database db, HistoryTable history) {
    notes.println("Database: " + db.description() + " (history: " + history + ")");
    if (db.embedded()) {
      notes.println("  (thrown away when shale exits: use --url to work on a real database)");
    }
    notes.flush();
  }

  @Override
  public void accept(MigrationEvent event) {
    if (event instanceof MigrationEvent.WaitingForLock e) {
      line("Waiting for another migrate to finish (lock " + e.holder() + ")...");
    } else if (event instanceof MigrationEvent.LockAcquired e) {
      line("Got the migration lock after " + Durations.format(e.waited()) + ".");
    } else if (event instanceof MigrationEvent.Warning e) {
      line(terminal.yellow("WARNING: " + e.text()));
    } else if (event instanceof MigrationEvent.Planned e) {
      start = System.nanoTime();
      line(
          e.names().isEmpty()
              ? "Nothing to apply"
                  + (e.target() == null ? "" : " up to " + e.target())
                  + ": "
                  + plural(e.applied(), "migration")
                  + " applied"
                  + (e.target() == null ? ", none pending." : ".")
              : "Applying "
                  + plural(e.names().size(), "migration")
                  + " ("
                  + e.applied()
                  + " applied before):");
    } else if (event instanceof MigrationEvent.Applying e) {
      closeLine();
      out.print("  " + e.name() + (e.noTransaction() ? " (no transaction)" : "") + " ... ");
      out.flush();
      lineOpen = true;
    } else if (event instanceof MigrationEvent.Retrying e) {
      line(
          terminal.yellow(
              "    "
                  + e.reason()
                  + "; attempt "
                  + e.attempt()
                  + " of "
                  + e.attempts()
                  + " in "
                  + Durations.format(e.delay())));
    } else if (event instanceof MigrationEvent.Notice e) {
      line("    " + e.text());
    } else if (event instanceof MigrationEvent.Applied e) {
      if (!lineOpen) {
        out.print("  " + e.name() + " ... ");
      }
      out.println(terminal.green(e.millis() + " ms"));
      out.flush();
      lineOpen = false;
    }
  }

  void done(MigrateResult result) {
    closeLine();
    if (!result.applied().isEmpty()) {
      out.println(
          "Applied "
              + plural(result.applied().size(), "migration")
              + " in "
              + Durations.format(Duration.ofNanos(System.nanoTime() - start))
              + ".");
    }
    out.flush();
  }

  /** Ends an open progress line before the error is printed. */
  void failed() {
    if (lineOpen) {
      out.println(terminal.red("FAILED"));
      lineOpen = false;
    }
    out.flush();
  }

  void dryRun(List<PreparedMigration> plan) {
    if (plan.isEmpty()) {
      notes.println("Dry run: nothing to apply.");
    } else {
      notes.println(
          "Dry run: would apply " + plural(plan.size(), "migration") + ", touching nothing:");
      notes.flush();
      for (PreparedMigration m : plan) {
        out.println();
        out.println(
            "-- "
                + m.name()
                + " ("
                + plural(m.statements().size(), "statement")
                + (m.noTransaction() ? ", no transaction" : ", in one transaction")
                + ")");
        out.print(m.file().sql().endsWith("\n") ? m.file().sql() : m.file().sql() + "\n");
      }
    }
    out.flush();
  }

  void baseline(List<String> recorded, String to) {
    out.println(
        "Recorded "
            + plural(recorded.size(), "migration")
            + " up to "
            + to
            + " as applied, without running them:");
    recorded.forEach(name -> out.println("  " + name));
    out.flush();
  }

  private void line(String text) {
    closeLine();
    out.println(text);
    out.flush();
  }

  private void closeLine() {
    if (lineOpen) {
      out.println();
      lineOpen = false;
    }
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
