package dev.shale.rebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.model.SchemaModel;
import dev.shale.snapshot.MigrationFolder;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotException;
import dev.shale.snapshot.SnapshotJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file side of a rebase: all or nothing. */
class BranchRebaseTest {
  @TempDir Path dir;

  private MigrationFolder folder() {
    return new MigrationFolder(dir.resolve("migrations"), dir.resolve("snapshots"));
  }

  private void migration(String stem, String id, String prevId) throws Exception {
    Files.createDirectories(dir.resolve("migrations"));
    Files.createDirectories(dir.resolve("snapshots"));
    Files.writeString(dir.resolve("migrations/" + stem + ".sql"), "-- nothing to do\n");
    Files.writeString(
        dir.resolve("snapshots/" + stem + ".json"),
        SnapshotJson.write(
            new Snapshot(Snapshot.FORMAT, Snapshot.DIALECT, id, prevId, SchemaModel.EMPTY)));
  }

  @Test
  void whenTheBranchCannotBeRemovedTheNewFilesAreTakenBack() throws Exception {
    migration("20260101000000_base", "p", Snapshot.ROOT_ID);
    migration("20260102000000_a", "a", "p");
    migration("20260103000000_b", "b", "p");
    BranchRebase rebase = BranchRebase.plan(folder(), dir, Optional.empty(), 17);
    assertThat(rebase.base().stem()).isEqualTo("20260102000000_a");
    assertThat(rebase.stems()).containsExactly("20260103000000_b");

    folder().write("20260104000000_b", "-- new\n", "{}\n");
    Files.delete(dir.resolve("snapshots/20260103000000_b.json"));

    assertThatThrownBy(rebase::finish)
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining("cannot remove")
        .hasMessageContaining("20260103000000_b.json")
        .hasMessageEndingWith(
            "the rebase was undone (20260104000000_b taken back): nothing was changed");
    assertThat(dir.resolve("migrations/20260103000000_b.sql")).exists();
    assertThat(dir.resolve("migrations/20260104000000_b.sql")).doesNotExist();
    assertThat(dir.resolve("snapshots/20260104000000_b.json")).doesNotExist();
    try (var files = Files.list(dir.resolve("migrations"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "20260101000000_base.sql", "20260102000000_a.sql", "20260103000000_b.sql");
    }
  }

  @Test
  void finishRemovesTheBranchFilesAndNothingElse() throws Exception {
    migration("20260101000000_base", "p", Snapshot.ROOT_ID);
    migration("20260102000000_a", "a", "p");
    migration("20260103000000_b", "b", "p");
    migration("20260104000000_b_more", "b2", "b");
    BranchRebase rebase = BranchRebase.plan(folder(), dir, Optional.of("20260102000000_a"), 17);
    assertThat(rebase.base().stem()).isEqualTo("20260104000000_b_more");
    assertThat(rebase.finish())
        .containsExactly("migrations/20260102000000_a.sql", "snapshots/20260102000000_a.json");
    try (var files = Files.list(dir.resolve("snapshots"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "20260101000000_base.json", "20260103000000_b.json", "20260104000000_b_more.json");
    }
  }
}
