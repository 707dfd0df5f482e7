package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.rebase.BranchRebase;
import dev.shale.snapshot.MigrationFolder;
import dev.shale.snapshot.SnapshotChain;
import dev.shale.snapshot.StoredSnapshot;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * generate's guard on the snapshot chain, and {@code --rebase [STEM]}, which resolves a fork: the
 * base to generate on, the name to reuse, and the removal of the rebased files once the new ones
 * are written.
 */
final class RebaseOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--rebase",
      arity = "0..1",
      paramLabel = "STEM",
      fallbackValue = "",
      description = {
        "After a merge forked the snapshot chain: generate one branch's migrations again on top"
            + " of the other's, and remove the old ones.",
        "Without STEM it rebases the branch whose first migration after the fork is newest;"
            + " STEM (a migration's stem or file) chooses the branch to rebase."
      })
  String rebase;

  private BranchRebase active;

  /** Whether {@code --rebase} was given: then {@link #base} prints, so it runs on its own. */
  boolean requested() {
    return rebase != null;
  }

  /**
   * The snapshot to generate on: the newest, after checking that the chain is linear; with {@code
   * --rebase}, the tip of the branch that is kept.
   */
  Optional<StoredSnapshot> base(Config config, MigrationFolder folder, boolean custom) {
    if (rebase == null) {
      SnapshotChain.read(folder, config.projectDir()).check();
      return folder.latestSnapshot();
    }
    if (custom) {
      throw new IllegalArgumentException(
          "--rebase and --custom do not go together: rebase first, then write the custom"
              + " migration");
    }
    int pgVersion = SchemaOptions.pgVersion(config);
    active =
        BranchRebase.plan(
            folder,
            config.projectDir(),
            rebase.isBlank() ? Optional.empty() : Optional.of(rebase),
            pgVersion);
    spec.commandLine().getErr().println(active.describe());
    return Optional.of(active.base());
  }

  /** With --rebase and one migration to regenerate, its name: the new migration keeps it. */
  Optional<String> name() {
    return active == null ? Optional.empty() : active.name();
  }

  /** With --rebase, removes the rebased files (call once the new ones are written) and says so. */
  void finish() {
    if (active == null) {
      return;
    }
    List<String> removed = active.finish();
    PrintWriter out = spec.commandLine().getOut();
    out.println("Removed " + String.join(", ", removed) + " (rebased).");
    spec.commandLine()
        .getErr()
        .println(
            "warning: rebase only migrations that no database has applied yet: a database that"
                + " has applied "
                + String.join(", ", active.stems())
                + (active.stems().size() == 1 ? " shows it" : " shows them")
                + " as missing in `shale status`, and there the new migration would repeat"
                + " its changes.");
  }
}
