package dev.shale.studio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the tables of an entity-relationship diagram: per schema, tables joined by foreign keys
 * are laid out in layers (a referenced table left of the tables that reference it, the order in
 * each layer chosen to shorten edges), tall layers wrap into several columns, long chains fold into
 * bands, and the connected groups, then the schemas, are packed into rows. Linear in the edges for
 * the layering and a few sorts per layer: a thousand tables take milliseconds, so the server does
 * it before the page draws anything.
 */
final class DiagramLayout {
  static final int COLUMN_GAP = 80;
  static final int ROW_GAP = 28;
  static final int GROUP_PADDING = 30;
  static final int GROUP_LABEL = 34;

  record Node(String id, String group, int width, int height) {}

  record Edge(String from, String to) {}

  record Box(int x, int y, int width, int height) {}

  record Result(Map<String, Box> nodes, Map<String, Box> groups, int width, int height) {}

  private DiagramLayout() {}

  static Result of(List<Node> nodes, List<Edge> edges) {
    Map<String, List<Node>> byGroup = new LinkedHashMap<>();
    nodes.stream()
        .sorted(Comparator.comparing(Node::group).thenComparing(Node::id))
        .forEach(n -> byGroup.computeIfAbsent(n.group(), g -> new ArrayList<>()).add(n));
    List<Block> groupBlocks = new ArrayList<>();
    for (var entry : byGroup.entrySet()) {
      Set<String> members = new LinkedHashSet<>();
      entry.getValue().forEach(n -> members.add(n.id()));
      List<Edge> inside =
          edges.stream()
              .filter(e -> members.contains(e.from()) && members.contains(e.to()))
              .filter(e -> !e.from().equals(e.to()))
              .toList();
      Block inner = group(entry.getValue(), inside);
      groupBlocks.add(inner.framed(entry.getKey()));
    }
    Block all = pack(groupBlocks, 60);
    Map<String, Box> placed = new LinkedHashMap<>();
    Map<String, Box> groups = new LinkedHashMap<>();
    all.emit(0, 0, placed, groups);
    return new Result(placed, groups, all.width, all.height);
  }

  /** A rectangle of placed things, relative to its own top left corner. */
  private static final class Block {
    final Map<String, Box> nodes = new LinkedHashMap<>();
    final Map<String, Box> groups = new LinkedHashMap<>();
    int width;
    int height;

    void put(String id, Box box) {
      nodes.put(id, box);
      width = Math.max(width, box.x() + box.width());
      height = Math.max(height, box.y() + box.height());
    }

    void putAll(Block other, int dx, int dy) {
      other.nodes.forEach(
          (id, b) -> put(id, new Box(b.x() + dx, b.y() + dy, b.width(), b.height())));
      other.groups.forEach(
          (id, b) -> groups.put(id, new Box(b.x() + dx, b.y() + dy, b.width(), b.height())));
      width = Math.max(width, dx + other.width);
      height = Math.max(height, dy + other.height);
    }

    Block framed(String name) {
      Block framed = new Block();
      framed.putAll(this, GROUP_PADDING, GROUP_PADDING + GROUP_LABEL);
      framed.width += GROUP_PADDING;
      framed.height += GROUP_PADDING;
      framed.groups.put(name, new Box(0, 0, framed.width, framed.height));
      return framed;
    }

    void emit(int dx, int dy, Map<String, Box> toNodes, Map<String, Box> toGroups) {
      nodes.forEach(
          (id, b) -> toNodes.put(id, new Box(b.x() + dx, b.y() + dy, b.width(), b.height())));
      groups.forEach(
          (id, b) -> toGroups.put(id, new Box(b.x() + dx, b.y() + dy, b.width(), b.height())));
    }
  }

  /** One schema: its connected sets of tables, each in layers, then the lone tables in a grid. */
  private static Block group(List<Node> nodes, List<Edge> edges) {
    Map<String, Set<String>> neighbours = new HashMap<>();
    nodes.forEach(n -> neighbours.put(n.id(), new LinkedHashSet<>()));
    for (Edge e : edges) {
      neighbours.get(e.from()).add(e.to());
      neighbours.get(e.to()).add(e.from());
    }
    Map<String, Node> byId = new LinkedHashMap<>();
    nodes.forEach(n -> byId.put(n.id(), n));
    Set<String> seen = new java.util.HashSet<>();
    List<Block> connected = new ArrayList<>();
    List<Node> alone = new ArrayList<>();
    for (Node start : nodes) {
      if (!seen.add(start.id())) {
        continue;
      }
      if (neighbours.get(start.id()).isEmpty()) {
        alone.add(start);
        continue;
      }
      List<Node> component = new ArrayList<>();
      Deque<String> queue = new ArrayDeque<>(List.of(start.id()));
      while (!queue.isEmpty()) {
        String id = queue.poll();
        component.add(byId.get(id));
        for (String next : neighbours.get(id)) {
          if (seen.add(next)) {
            queue.add(next);
          }
        }
      }
      Set<String> ids = new java.util.HashSet<>();
      component.forEach(n -> ids.add(n.id()));
      connected.add(
          layered(component, edges.stream().filter(e -> ids.contains(e.from())).toList()));
    }
    connected.sort(Comparator.comparingInt((Block b) -> -b.width * b.height));
    List<Block> blocks = new ArrayList<>(connected);
    if (!alone.isEmpty()) {
      blocks.add(grid(alone));
    }
    return pack(blocks, COLUMN_GAP);
  }

  /** Tables without foreign keys between them: a grid, filled row by row, in name order. */
  private static Block grid(List<Node> nodes) {
    int perRow = Math.max(1, (int) Math.ceil(Math.sqrt(nodes.size() * 1.5)));
    List<Block> cells = new ArrayList<>();
    for (Node n : nodes) {
      Block cell = new Block();
      cell.put(n.id(), new Box(0, 0, n.width(), n.height()));
      cells.add(cell);
    }
    Block grid = new Block();
    int y = 0;
    for (int i = 0; i < cells.size(); i += perRow) {
      List<Block> row = cells.subList(i, Math.min(cells.size(), i + perRow));
      int x = 0;
      int rowHeight = 0;
      for (Block cell : row) {
        grid.putAll(cell, x, y);
        x += cell.width + COLUMN_GAP / 2;
        rowHeight = Math.max(rowHeight, cell.height);
      }
      y += rowHeight + ROW_GAP;
    }
    return grid;
  }

  /**
   * A connected set: each table's layer is the longest chain of references from it (a table that
   * references nothing is in layer 0, drawn leftmost); the order within layers follows the mean
   * position of each table's neighbours, swept a few times.
   */
  private static Block layered(List<Node> nodes, List<Edge> edges) {
    Map<String, List<String>> out = new HashMap<>();
    nodes.forEach(n -> out.put(n.id(), new ArrayList<>()));
    edges.forEach(e -> out.get(e.from()).add(e.to()));
    Map<String, Integer> layer = layers(nodes, out);
    int depth = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    List<List<Node>> layers = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      layers.add(new ArrayList<>());
    }
    nodes.stream()
        .sorted(Comparator.comparing(Node::id))
        .forEach(n -> layers.get(layer.get(n.id())).add(n));
    Map<String, List<String>> neighbours = new HashMap<>();
    nodes.forEach(n -> neighbours.put(n.id(), new ArrayList<>()));
    for (Edge e : edges) {
      neighbours.get(e.from()).add(e.to());
      neighbours.get(e.to()).add(e.from());
    }
    Map<String, Double> position = new HashMap<>();
    layers.forEach(l -> number(l, position));
    for (int sweep = 0; sweep < 6; sweep++) {
      for (List<Node> l : layers) {
        Map<String, Double> centre = new HashMap<>();
        for (Node n : l) {
          centre.put(
              n.id(),
              neighbours.get(n.id()).stream()
                  .mapToDouble(position::get)
                  .average()
                  .orElse(position.get(n.id())));
        }
        l.sort(Comparator.comparingDouble((Node n) -> centre.get(n.id())).thenComparing(Node::id));
        number(l, position);
      }
    }
    int perColumn = Math.max(6, (int) Math.ceil(Math.sqrt(nodes.size()) * 1.5));
    List<List<Node>> columns = new ArrayList<>();
    for (List<Node> l : layers) {
      for (int start = 0; start < l.size(); start += perColumn) {
        columns.add(l.subList(start, Math.min(l.size(), start + perColumn)));
      }
    }
    return folded(columns);
  }

  /**
   * Columns left to right, folded into bands like lines of text when a long chain of references
   * would make the block far wider than tall; a later band is drawn below the earlier ones.
   */
  private static Block folded(List<List<Node>> columns) {
    long area = 0;
    int widest = 0;
    for (List<Node> column : columns) {
      int width = column.stream().mapToInt(Node::width).max().orElse(0);
      int height = column.stream().mapToInt(n -> n.height() + ROW_GAP).sum();
      area += (long) (width + COLUMN_GAP) * height;
      widest = Math.max(widest, width);
    }
    int bandWidth = Math.max(Math.max(widest, 2400), (int) (Math.sqrt(area * 1.6) * 1.3));
    Block block = new Block();
    int x = 0;
    int top = 0;
    int bandHeight = 0;
    for (List<Node> column : columns) {
      int width = column.stream().mapToInt(Node::width).max().orElse(0);
      if (x > 0 && x + width > bandWidth) {
        x = 0;
        top += bandHeight + COLUMN_GAP;
        bandHeight = 0;
      }
      int y = top;
      for (Node n : column) {
        block.put(n.id(), new Box(x, y, n.width(), n.height()));
        y += n.height() + ROW_GAP;
      }
      bandHeight = Math.max(bandHeight, y - top);
      x += width + COLUMN_GAP;
    }
    return block;
  }

  private static void number(List<Node> layer, Map<String, Double> position) {
    for (int i = 0; i < layer.size(); i++) {
      position.put(layer.get(i).id(), (i + 0.5) / layer.size());
    }
  }

  /**
   * The longest chain of references from each table, ignoring the references that close a cycle
   * (found by a depth-first walk), computed without recursion.
   */
  private static Map<String, Integer> layers(List<Node> nodes, Map<String, List<String>> out) {
    Map<String, Integer> layer = new HashMap<>();
    Set<String> onPath = new java.util.HashSet<>();
    for (Node root : nodes) {
      if (layer.containsKey(root.id())) {
        continue;
      }
      Deque<String[]> stack = new ArrayDeque<>();
      Deque<Integer> next = new ArrayDeque<>();
      stack.push(new String[] {root.id()});
      next.push(0);
      onPath.add(root.id());
      while (!stack.isEmpty()) {
        String id = stack.peek()[0];
        int i = next.pop();
        List<String> targets = out.get(id);
        if (i < targets.size()) {
          next.push(i + 1);
          String target = targets.get(i);
          if (!layer.containsKey(target) && !onPath.contains(target)) {
            stack.push(new String[] {target});
            next.push(0);
            onPath.add(target);
          }
          continue;
        }
        int own = 0;
        for (String target : targets) {
          Integer below = layer.get(target);
          if (below != null && !target.equals(id)) {
            own = Math.max(own, below + 1);
          }
        }
        layer.put(id, own);
        onPath.remove(id);
        stack.pop();
      }
    }
    return layer;
  }

  /** Blocks in rows (largest first), the rows about as wide as the whole is tall, times 1.6. */
  private static Block pack(List<Block> blocks, int gap) {
    long area = 0;
    int widest = 0;
    for (Block b : blocks) {
      area += (long) (b.width + gap) * (b.height + gap);
      widest = Math.max(widest, b.width);
    }
    int rowWidth = Math.max(widest, (int) Math.sqrt(area * 1.6));
    Block packed = new Block();
    int x = 0;
    int y = 0;
    int rowHeight = 0;
    for (Block b : blocks) {
      if (x > 0 && x + b.width > rowWidth) {
        x = 0;
        y += rowHeight + gap;
        rowHeight = 0;
      }
      packed.putAll(b, x, y);
      x += b.width + gap;
      rowHeight = Math.max(rowHeight, b.height);
    }
    return packed;
  }
}
