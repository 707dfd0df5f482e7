package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.SchemaModel;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every broken snapshot chain makes {@code generate} refuse (exit 1) with a message that names the
 * files and says what to do; {@code --rebase} resolves forks only.
 */
class BrokenChainTest {
  private static final String ROOT = Snapshot.ROOT_ID;

  @TempDir Path project;

  @BeforeEach
  void project() throws Exception {
    Files.createDirectories(project.resolve("db"));
    Files.writeString(
        project.resolve("db/Schema.java"),
        "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\n"
            + "public final class Schema {\n"
            + "  public static final Table T = table(\"t\", column(\"id\", integer()));\n}\n");
    Files.writeString(project.resolve("shale.toml"), "schema = [\"db/*.java\"]\n");
    Files.createDirectories(project.resolve("migrations"));
    Files.createDirectories(project.resolve("snapshots"));
  }

  private void migration(String stem, String id, String prevId) throws Exception {
    Files.writeString(project.resolve("migrations/" + stem + ".sql"), "SELECT 1;\n");
    Files.writeString(
        project.resolve("snapshots/" + stem + ".json"),
        SnapshotJson.write(
            new Snapshot(Snapshot.FORMAT, Snapshot.DIALECT, id, prevId, SchemaModel.EMPTY)));
  }

  private String refused(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "generate";
    System.arraycopy(args, 0, all, 1, args.length);
    CliRun run = CliRun.in(project, all);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: ");
    assertThat(project.resolve("migrations").toFile().list()).hasSize(countSnapshots());
    return run.err();
  }

  private int countSnapshots() {
    return project.resolve("snapshots").toFile().list().length;
  }

  @Test
  void aPrevIdThatNoSnapshotHasIsNamedWithTheFix() throws Exception {
    migration("20260101000000_a", "id-a", ROOT);
    migration("20260102000000_b", "id-b", "id-gone");
    assertThat(refused())
        .contains(
            "snapshots/20260102000000_b.json has prevId id-gone, which no snapshot in"
                + " snapshots/ has as its id: its parent was deleted or renamed, or it came from another"
                + " project. Restore the parent from version control; if older migrations were"
                + " removed on purpose, set this prevId to "
                + ROOT)
        .contains("Nothing was written.");
  }

  @Test
  void twoSnapshotsWithOneIdAreNamed() throws Exception {
    migration("20260101000000_a", "id-a", ROOT);
    migration("20260102000000_b", "id-b", "id-a");
    migration("20260103000000_b_copy", "id-b", "id-a");
    assertThat(refused())
        .contains(
            "snapshots/20260102000000_b.json and snapshots/20260103000000_b_copy.json have the same"
                + " id id-b: one is a copy of another. Delete the copy and its migration if no"
                + " database has applied it; otherwise restore the files from version control.")
        .as("the copy's fork is not reported on top")
        .doesNotContain("forks");
  }

  @Test
  void moreThanOneFirstSnapshotIsAForkAtTheRoot() throws Exception {
    migration("20260101000000_a", "id-a", ROOT);
    migration("20260102000000_b", "id-b", ROOT);
    migration("20260103000000_c", "id-c", "id-b");
    assertThat(refused())
        .contains(
            "2 snapshots are first snapshots (prevId "
                + ROOT
                + "), as after merging branches that each generated the first migration:\n"
                + "    branch 1: migrations/20260101000000_a.sql"
                + " (snapshots/20260101000000_a.json)\n"
                + "    branch 2: migrations/20260102000000_b.sql"
                + " (snapshots/20260102000000_b.json), then 20260103000000_c")
        .contains("To rebase branch 1 instead: shale generate --rebase 20260101000000_a");
  }

  @Test
  void snapshotsInACircleAreNamed() throws Exception {
    migration("20260101000000_a", "id-a", ROOT);
    migration("20260102000000_b", "id-b", "id-c");
    migration("20260103000000_c", "id-c", "id-b");
    assertThat(refused())
        .contains(
            "snapshots/20260102000000_b.json and snapshots/20260103000000_c.json follow each"
                + " other's ids in a circle (no chain from a first snapshot, prevId "
                + ROOT
                + ", reaches them): restore them from version control.");
  }

  @Test
  void aSnapshotThatSortsBeforeItsParentIsNamed() throws Exception {
    migration("20260101000000_a", "id-a", ROOT);
    migration("20260102000000_b", "id-b", "id-c");
    migration("20260103000000_c", "id-c", "id-a");
    assertThat(refused())
        .contains(
            "snapshots/20260102000000_b.json follows snapshots/20260103000000_c.json but sorts"
                + " before it, so `shale migrate` would run migrations/20260102000000_b.sql first"
                + " and `shale generate` would build on the wrong snapshot. If no database has"
                + " applied it yet, rename the migration and its snapshot to a stamp after"
                + " 20260103000000_c.");
  }

  @Test
  void theReadmeShowsTheForkMessageAsItIs() throws Exception {
    String readme = Files.readString(ProjectFiles.root("README.md"));
    int start = readme.indexOf("```\nerror: the snapshot chain") + 4;
    String shown = readme.substring(start, readme.indexOf("```", start));
    migration("20260110090000_create_audit_events_and_more", "p", ROOT);
    migration("20260112101500_add_audit_events_ip", "a", "p");
    migration("20260113143000_add_invoices_due_on", "b", "p");
    assertThat(refused()).isEqualTo(shown);
  }

  @Test
  void rebaseRefusesAChainWithOtherProblems() throws Exception {
    migration("20260101000000_a", "id-a", ROOT);
    migration("20260102000000_b", "id-b", "id-a");
    migration("20260103000000_c", "id-c", "id-a");
    migration("20260104000000_d", "id-d", "id-gone");
    assertThat(refused("--rebase"))
        .contains("--rebase only resolves a forked chain")
        .contains("has prevId id-gone")
        .contains("Nothing was changed.");
  }

  @Test
  void aCorruptOlderSnapshotIsNamed() throws Exception {
    migration("20260101000000_a", "id-a", ROOT);
    migration("20260102000000_b", "id-b", "id-a");
    Files.writeString(project.resolve("snapshots/20260101000000_a.json"), "{\"format\": 1,");
    assertThat(refused()).contains("snapshots/20260101000000_a.json").contains("corrupt");
  }
}
