package dev.shale.db;

import dev.shale.snapshot.MigrationFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The migrations a run will apply, decided before anything runs.
 *
 * @param toApply in the order they will run
 * @param warnings problems the options said to go on despite
 */
public record MigrationPlan(List<MigrationFile> toApply, List<String> warnings) {

  public MigrationPlan {
    toApply = List.copyOf(toApply);
    warnings = List.copyOf(warnings);
  }

  /**
   * Plans from {@code status}.
   *
   * @throws MigrationRefusedException naming every applied migration that changed or vanished,
   *     every failed one, every out-of-order one that the options do not allow, and every empty one
   *     that would run
   */
  public static MigrationPlan of(MigrationStatus status, MigrateOptions options) {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<MigrationFile> toApply = new ArrayList<>();
    String target = options.target();
    for (MigrationStatus.Entry entry : status.entries()) {
      String name = entry.name();
      switch (entry.state()) {
        case APPLIED -> {}
        case MODIFIED -> {
          String text =
              name
                  + " was applied with checksum "
                  + abbreviated(entry.applied().checksum())
                  + "…, but its file now has "
                  + abbreviated(entry.file().checksum())
                  + "…: restore the file as it was applied (git log -p "
                  + entry.file().path()
                  + "), and put the change in a new migration";
          (options.skipValidation() ? warnings : problems).add(text);
        }
        case MISSING -> {
          String text =
              name
                  + " was applied, but its file is gone: restore it from version control"
                  + " (applied migrations stay in the folder)";
          (options.skipValidation() ? warnings : problems).add(text);
        }
        case FAILED -> {
          if (entry.file() == null) {
            problems.add(
                name
                    + " failed partway, and its file is gone: restore the file and run"
                    + " `shale migrate --retry-failed`, or, if you undid it by hand, delete its"
                    + " row from the history table");
          } else if (options.retryFailed()) {
            toApply.add(entry.file());
          } else {
            problems.add(
                name
                    + " failed partway on "
                    + entry.applied().appliedAt()
                    + " (it runs without a transaction, so its first statements may be applied):"
                    + " clean up by hand, then run `shale migrate --retry-failed` to run it again"
                    + " from its first statement");
          }
        }
        case OUT_OF_ORDER -> {
          if (options.allowOutOfOrder()) {
            toApply.add(entry.file());
          } else {
            problems.add(outOfOrder(entry.file(), status.newestApplied()));
          }
        }
        case PENDING -> toApply.add(entry.file());
        case EMPTY -> {
          if (target == null || name.compareTo(target) <= 0) {
            problems.add(EmptyMigration.refusal(entry.file()));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new MigrationRefusedException(
          "nothing was applied, because:\n  - " + String.join("\n  - ", problems));
    }
    if (target != null) {
      toApply.removeIf(file -> file.name().compareTo(target) > 0);
    }
    return new MigrationPlan(toApply, warnings);
  }

  /**
   * What to do about {@code file}, older than the applied {@code newest}: apply it as it is, or
   * write it again after the newest. Renaming it is not enough: its snapshot holds the schema of
   * the branch it came from, without the newer migrations' changes, so the next {@code generate}
   * would write those again.
   */
  private static String outOfOrder(MigrationFile file, String newest) {
    String name = file.name();
    return name
        + " is not applied, but the newer "
        + newest
        + " is (it was probably merged from another branch). Either:\n"
        + "    * check that it does not conflict with the migrations after it, then run"
        + " `shale migrate --allow-out-of-order`; or\n"
        + "    * if no database has applied it yet, write it again after "
        + newest
        + ": delete "
        + file.path()
        + " and its snapshot "
        + name
        + ".json (in the snapshots folder), then run `shale generate`, which writes the same"
        + " changes with a newer stamp and a snapshot chained to the newest (for hand-written SQL:"
        + " `shale generate --custom --name "
        + name.substring(name.indexOf('_') + 1)
        + "`, then paste it in).\n"
        + "    Renaming the two files is not enough: the snapshot would still lack the newer"
        + " migrations' changes, and the next generate would write them again";
  }

  /** How many migrations it applies, the first and the last, and how many warnings. */
  @Override
  public String toString() {
    String range =
        toApply.isEmpty()
            ? ""
            : ": " + toApply.get(0).name() + " … " + toApply.get(toApply.size() - 1).name();
    return "MigrationPlan["
        + toApply.size()
        + " to apply"
        + range
        + ", "
        + warnings.size()
        + " warnings]";
  }

  private static String abbreviated(String checksum) {
    return checksum.length() <= 12 ? checksum : checksum.substring(0, 12);
  }
}
