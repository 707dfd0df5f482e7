package dev.shale.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.model.SchemaModel;
import dev.shale.snapshot.SnapshotChain.Kind;
import dev.shale.snapshot.SnapshotChain.Link;
import dev.shale.snapshot.SnapshotChain.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the chain from ids alone, and choosing what {@code generate --rebase} regenerates. */
class SnapshotChainTest {
  private static final String ROOT = Snapshot.ROOT_ID;

  @TempDir Path dir;

  private MigrationFolder folder() {
    return new MigrationFolder(dir.resolve("migrations"), dir.resolve("snapshots"));
  }

  private Path snapshot(String stem, String id, String prevId) throws Exception {
    Files.createDirectories(dir.resolve("snapshots"));
    return Files.writeString(
        dir.resolve("snapshots/" + stem + ".json"),
        SnapshotJson.write(
            new Snapshot(Snapshot.FORMAT, Snapshot.DIALECT, id, prevId, SchemaModel.EMPTY)));
  }

  private SnapshotChain chain() {
    return SnapshotChain.read(folder(), dir);
  }

  private static List<String> stems(List<Link> links) {
    return links.stream().map(Link::stem).toList();
  }

  @Test
  void aLinearChainHasNoProblems() throws Exception {
    snapshot("20260101000000_a", "a", ROOT);
    snapshot("20260102000000_b", "b", "a");
    assertThat(chain().problems()).isEmpty();
    chain().check();
    assertThat(
            SnapshotChain.read(new MigrationFolder(dir.resolve("x"), dir.resolve("y")), dir)
                .problems())
        .isEmpty();
  }

  @Test
  void theHeadIsReadWithoutTheSchema() throws Exception {
    Files.createDirectories(dir.resolve("snapshots"));
    Path file =
        Files.writeString(
            dir.resolve("snapshots/20260101000000_a.json"),
            "{\"dialect\": \"postgresql\", \"format\": 1, \"id\": \"a\", \"prevId\": \""
                + ROOT
                + "\", \"schema\": {\"tables\": [ not json at all");
    assertThat(SnapshotChain.head(file)).isEqualTo(new Link("20260101000000_a", file, "a", ROOT));
  }

  @Test
  void keysInAnyOrderAreRead() throws Exception {
    Path sorted = snapshot("20260101000000_a", "a", ROOT);
    String text = Files.readString(sorted);
    String schema = text.substring(text.indexOf("\"schema\""), text.lastIndexOf('}'));
    Path file =
        Files.writeString(
            dir.resolve("snapshots/20260102000000_b.json"),
            "{"
                + schema
                + ", \"prevId\": \"a\", \"id\": \"b\", \"format\": 1,"
                + " \"dialect\": \"postgresql\"}");
    assertThat(SnapshotChain.head(file).prevId()).isEqualTo("a");
  }

  @Test
  void aHeadThatCannotBeReadIsExplainedByTheFullReader() throws Exception {
    Files.createDirectories(dir.resolve("snapshots"));
    Path noPrev =
        Files.writeString(
            dir.resolve("snapshots/20260101000000_a.json"),
            "{\"dialect\": \"postgresql\", \"format\": 1, \"id\": \"a\", \"schema\": {}}");
    assertThatThrownBy(() -> SnapshotChain.head(noPrev))
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining("has no \"prevId\"");
    Path future =
        Files.writeString(
            dir.resolve("snapshots/20260102000000_b.json"),
            "{\"dialect\": \"postgresql\", \"format\": 2, \"id\": \"b\", \"prevId\": \"a\"}");
    assertThatThrownBy(() -> SnapshotChain.head(future)).hasMessageContaining("upgrade Shale");
  }

  @Test
  void forksNameEveryBranchInStemOrder() throws Exception {
    snapshot("20260101000000_base", "p", ROOT);
    snapshot("20260102000000_a1", "a1", "p");
    snapshot("20260103000000_b1", "b1", "p");
    snapshot("20260104000000_a2", "a2", "a1");
    List<SnapshotChain.Fork> forks = chain().forks();
    assertThat(forks).hasSize(1);
    assertThat(forks.get(0).parent().map(Link::stem)).contains("20260101000000_base");
    assertThat(forks.get(0).branches().stream().map(SnapshotChainTest::stems).toList())
        .containsExactly(
            List.of("20260102000000_a1", "20260104000000_a2"), List.of("20260103000000_b1"));
    assertThat(chain().problems().stream().map(Problem::kind))
        .containsExactly(Kind.FORK, Kind.FORK);
  }

  @Test
  void rebaseKeepsTheOldestBranchUnlessOneIsChosen() throws Exception {
    snapshot("20260101000000_base", "p", ROOT);
    snapshot("20260102000000_a1", "a1", "p");
    snapshot("20260103000000_b1", "b1", "p");
    snapshot("20260104000000_a2", "a2", "a1");
    SnapshotChain.RebasePlan byDefault = chain().rebase(Optional.empty());
    assertThat(stems(byDefault.regenerate())).containsExactly("20260103000000_b1");
    assertThat(byDefault.base().stem()).isEqualTo("20260104000000_a2");

    SnapshotChain.RebasePlan chosen =
        chain().rebase(Optional.of("snapshots/20260104000000_a2.json"));
    assertThat(stems(chosen.regenerate()))
        .containsExactly("20260102000000_a1", "20260104000000_a2");
    assertThat(chosen.base().stem()).isEqualTo("20260103000000_b1");
  }

  @Test
  void nestedForksAndSeveralBranchesAreAllRebasedOntoOnePath() throws Exception {
    snapshot("20260101000000_base", "p", ROOT);
    snapshot("20260102000000_a", "a", "p");
    snapshot("20260103000000_b", "b", "p");
    snapshot("20260104000000_c", "c", "p");
    snapshot("20260105000000_a_x", "ax", "a");
    snapshot("20260106000000_a_y", "ay", "a");
    SnapshotChain.RebasePlan plan = chain().rebase(Optional.empty());
    assertThat(plan.base().stem()).isEqualTo("20260105000000_a_x");
    assertThat(stems(plan.regenerate()))
        .containsExactly("20260103000000_b", "20260104000000_c", "20260106000000_a_y");

    SnapshotChain.RebasePlan chosen = chain().rebase(Optional.of("20260105000000_a_x"));
    assertThat(chosen.base().stem()).isEqualTo("20260106000000_a_y");
    assertThat(stems(chosen.regenerate()))
        .containsExactly("20260103000000_b", "20260104000000_c", "20260105000000_a_x");
  }

  @Test
  void aCycleOfOneIsNamed() throws Exception {
    snapshot("20260101000000_a", "a", ROOT);
    snapshot("20260102000000_b", "b", "b");
    assertThat(chain().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.CYCLE);
              assertThat(p.message())
                  .isEqualTo(
                      "snapshots/20260102000000_b.json has its own id as prevId: restore it"
                          + " from version control.");
            });
  }
}
