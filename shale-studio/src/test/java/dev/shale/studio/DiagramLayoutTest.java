package dev.shale.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The diagram's layout on random schemas: every table placed, nothing overlapping. */
class DiagramLayoutTest {
  record Graph(List<DiagramLayout.Node> nodes, List<DiagramLayout.Edge> edges) {}

  /** Tables in a few schemas; edges only from a later table to an earlier one: no cycles. */
  static Graph randomGraph(long seed, int tables, int schemas, double edgesPerTable) {
    Random random = new Random(seed);
    List<DiagramLayout.Node> nodes = new ArrayList<>();
    for (int i = 0; i < tables; i++) {
      nodes.add(
          new DiagramLayout.Node(
              "t" + i,
              "s" + random.nextInt(schemas),
              180 + random.nextInt(200),
              56 + 20 * random.nextInt(14)));
    }
    List<DiagramLayout.Edge> edges = new ArrayList<>();
    for (int i = 1; i < tables; i++) {
      int count = (int) Math.floor(edgesPerTable + random.nextDouble());
      for (int e = 0; e < count; e++) {
        edges.add(new DiagramLayout.Edge("t" + i, "t" + random.nextInt(i)));
      }
    }
    return new Graph(nodes, edges);
  }

  @Property(tries = 200)
  void everyTableIsPlacedInItsSchemaAndNoTwoOverlap(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 150) int tables,
      @ForAll @IntRange(min = 1, max = 4) int schemas,
      @ForAll @IntRange(min = 0, max = 3) int edgeRate) {
    Graph graph = randomGraph(seed, tables, schemas, edgeRate * 0.6);
    DiagramLayout.Result layout = DiagramLayout.of(graph.nodes(), graph.edges());

    assertThat(layout.nodes()).hasSize(tables);
    List<Map.Entry<String, DiagramLayout.Box>> boxes = new ArrayList<>(layout.nodes().entrySet());
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(overlap(boxes.get(i).getValue(), boxes.get(j).getValue()))
            .as("%s and %s", boxes.get(i), boxes.get(j))
            .isFalse();
      }
    }
    List<DiagramLayout.Box> groups = new ArrayList<>(layout.groups().values());
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        assertThat(overlap(groups.get(i), groups.get(j))).isFalse();
      }
    }
    for (DiagramLayout.Node node : graph.nodes()) {
      DiagramLayout.Box box = layout.nodes().get(node.id());
      DiagramLayout.Box group = layout.groups().get(node.group());
      assertThat(box.width()).isEqualTo(node.width());
      assertThat(box.height()).isEqualTo(node.height());
      assertThat(inside(box, group)).as("%s in its schema's box", node.id()).isTrue();
      assertThat(box.x() + box.width()).isLessThanOrEqualTo(layout.width());
      assertThat(box.y() + box.height()).isLessThanOrEqualTo(layout.height());
    }
    for (DiagramLayout.Edge edge : graph.edges()) {
      DiagramLayout.Node from = graph.nodes().get(Integer.parseInt(edge.from().substring(1)));
      DiagramLayout.Node to = graph.nodes().get(Integer.parseInt(edge.to().substring(1)));
      if (from.group().equals(to.group())) {
        DiagramLayout.Box a = layout.nodes().get(from.id());
        DiagramLayout.Box b = layout.nodes().get(to.id());
        assertThat(b.x() < a.x() || b.y() + b.height() <= a.y())
            .as("%s, which %s references, comes before it (left, or in a band above)", to, from)
            .isTrue();
      }
    }
  }

  @Test
  void cyclesAndSelfReferencesAreLaidOutToo() {
    List<DiagramLayout.Node> nodes =
        List.of(
            new DiagramLayout.Node("a", "public", 200, 80),
            new DiagramLayout.Node("b", "public", 200, 80),
            new DiagramLayout.Node("c", "public", 200, 80));
    List<DiagramLayout.Edge> edges =
        List.of(
            new DiagramLayout.Edge("a", "b"),
            new DiagramLayout.Edge("b", "c"),
            new DiagramLayout.Edge("c", "a"),
            new DiagramLayout.Edge("a", "a"));
    DiagramLayout.Result layout = DiagramLayout.of(nodes, edges);
    assertThat(layout.nodes()).containsOnlyKeys("a", "b", "c");
    assertThat(layout.nodes().values().stream().map(DiagramLayout.Box::x).distinct()).hasSize(3);
  }

  @Test
  void aThousandTablesKeepTheDiagramRoughlyAsWideAsItIsTall() {
    Graph graph = randomGraph(42, 1000, 4, 1.2);
    DiagramLayout.Result layout = DiagramLayout.of(graph.nodes(), graph.edges());
    double ratio = (double) layout.width() / layout.height();
    assertThat(ratio).isBetween(0.4, 4.0);
  }

  @Test
  void aLongChainOfReferencesFoldsIntoBands() {
    List<DiagramLayout.Node> nodes = new ArrayList<>();
    List<DiagramLayout.Edge> edges = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      nodes.add(new DiagramLayout.Node("t" + i, "public", 260, 246));
      if (i > 0) {
        edges.add(new DiagramLayout.Edge("t" + i, "t" + (i - 1)));
      }
    }
    DiagramLayout.Result layout = DiagramLayout.of(nodes, edges);
    double ratio = (double) layout.width() / layout.height();
    assertThat(ratio).isBetween(0.4, 4.0);
  }

  static boolean overlap(DiagramLayout.Box a, DiagramLayout.Box b) {
    return a.x() < b.x() + b.width()
        && b.x() < a.x() + a.width()
        && a.y() < b.y() + b.height()
        && b.y() < a.y() + a.height();
  }

  static boolean inside(DiagramLayout.Box box, DiagramLayout.Box group) {
    return box.x() >= group.x()
        && box.y() >= group.y()
        && box.x() + box.width() <= group.x() + group.width()
        && box.y() + box.height() <= group.y() + group.height();
  }
}
