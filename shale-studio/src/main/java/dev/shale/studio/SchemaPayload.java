package dev.shale.studio;

import dev.shale.loader.SourceLine;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The declared schema as the page draws it: tables with their parts and places, and the edges. */
final class SchemaPayload {
  static final int HEADER_HEIGHT = 30;
  static final int ROW_HEIGHT = 20;
  static final double CHAR_WIDTH = 7.0;

  record ColumnView(
      String name,
      String type,
      boolean notNull,
      String defaultValue,
      String identity,
      String generated,
      boolean primaryKey,
      boolean foreignKey,
      String comment) {}

  record KeyView(String name, List<String> columns) {}

  record ForeignKeyView(
      String name,
      List<String> columns,
      String target,
      List<String> targetColumns,
      String onDelete,
      String onUpdate,
      boolean notValid) {}

  record CheckView(String name, String expression, boolean notValid) {}

  record IndexView(String name, boolean unique, String definition) {}

  record TableView(
      String id,
      String schema,
      String name,
      String comment,
      SourceLine source,
      List<ColumnView> columns,
      KeyView primaryKey,
      List<KeyView> uniques,
      List<ForeignKeyView> foreignKeys,
      List<CheckView> checks,
      List<IndexView> indexes,
      boolean partitioned,
      int x,
      int y,
      int width,
      int height) {}

  record EdgeView(
      String name, String from, List<String> fromColumns, String to, List<String> toColumns) {}

  record GroupView(String schema, int x, int y, int width, int height) {}

  record EnumView(String id, List<String> values) {}

  record ViewView(String id, boolean materialized, String query) {}

  record Payload(
      List<TableView> tables,
      List<EdgeView> edges,
      List<GroupView> groups,
      List<EnumView> enums,
      List<ViewView> views,
      int width,
      int height) {}

  private SchemaPayload() {}

  static Payload of(SchemaModel model, Map<QualifiedName, SourceLine> lines) {
    List<DiagramLayout.Node> nodes = new ArrayList<>();
    List<DiagramLayout.Edge> layoutEdges = new ArrayList<>();
    List<EdgeView> edges = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    model.tables().forEach(t -> ids.add(id(t.name())));
    for (Table table : model.tables()) {
      nodes.add(
          new DiagramLayout.Node(
              id(table.name()), table.name().schema(), width(table), height(table)));
      for (ForeignKey fk : table.foreignKeys()) {
        String target = id(fk.targetTable());
        if (ids.contains(target)) {
          layoutEdges.add(new DiagramLayout.Edge(id(table.name()), target));
          edges.add(
              new EdgeView(fk.name(), id(table.name()), fk.columns(), target, fk.targetColumns()));
        }
      }
    }
    DiagramLayout.Result layout = DiagramLayout.of(nodes, layoutEdges);
    List<TableView> tables = new ArrayList<>();
    for (Table table : model.tables()) {
      DiagramLayout.Box box = layout.nodes().get(id(table.name()));
      tables.add(view(table, lines.get(table.name()), box));
    }
    List<GroupView> groups = new ArrayList<>();
    layout
        .groups()
        .forEach(
            (schema, b) -> groups.add(new GroupView(schema, b.x(), b.y(), b.width(), b.height())));
    return new Payload(
        tables,
        edges,
        groups,
        model.enums().stream().map(e -> new EnumView(id(e.name()), e.values())).toList(),
        model.views().stream()
            .map(v -> new ViewView(id(v.name()), v.materialized(), v.query()))
            .toList(),
        layout.width(),
        layout.height());
  }

  /** {@code schema.name}, each quoted where SQL would need it, so that no two tables share one. */
  static String id(QualifiedName name) {
    return dev.shale.sql.Identifiers.quote(name.schema())
        + "."
        + dev.shale.sql.Identifiers.quote(name.name());
  }

  /** Wide enough for the longest "name type" line, between 180 and 420 pixels. */
  static int width(Table table) {
    int chars = table.name().name().length() + 4;
    for (Column c : table.columns()) {
      chars = Math.max(chars, c.name().length() + typeText(c).length() + 6);
    }
    return (int) Math.max(180, Math.min(420, Math.ceil(chars * CHAR_WIDTH) + 24));
  }

  static int height(Table table) {
    return HEADER_HEIGHT + ROW_HEIGHT * Math.max(1, table.columns().size()) + 6;
  }

  private static String typeText(Column c) {
    return c.type().toString();
  }

  private static TableView view(Table table, SourceLine source, DiagramLayout.Box box) {
    Set<String> keyColumns =
        table.primaryKey() == null ? Set.of() : Set.copyOf(table.primaryKey().columns());
    Set<String> fkColumns =
        table.foreignKeys().stream()
            .flatMap(fk -> fk.columns().stream())
            .collect(Collectors.toSet());
    List<ColumnView> columns =
        table.columns().stream()
            .map(
                c ->
                    new ColumnView(
                        c.name(),
                        typeText(c),
                        c.notNull() || keyColumns.contains(c.name()),
                        c.defaultExpression(),
                        c.identity() == null ? null : c.identity().kind().sql(),
                        c.generatedExpression(),
                        keyColumns.contains(c.name()),
                        fkColumns.contains(c.name()),
                        c.comment()))
            .toList();
    return new TableView(
        id(table.name()),
        table.name().schema(),
        table.name().name(),
        table.comment(),
        source,
        columns,
        table.primaryKey() == null
            ? null
            : new KeyView(table.primaryKey().name(), table.primaryKey().columns()),
        table.uniques().stream().map(u -> new KeyView(u.name(), u.columns())).toList(),
        table.foreignKeys().stream()
            .map(
                fk ->
                    new ForeignKeyView(
                        fk.name(),
                        fk.columns(),
                        id(fk.targetTable()),
                        fk.targetColumns(),
                        fk.onDelete(),
                        fk.onUpdate(),
                        fk.notValid()))
            .toList(),
        table.checks().stream()
            .map(c -> new CheckView(c.name(), c.expression(), c.notValid()))
            .toList(),
        table.indexes().stream()
            .map(i -> new IndexView(i.name(), i.unique(), definition(i)))
            .toList(),
        table.isPartitioned(),
        box.x(),
        box.y(),
        box.width(),
        box.height());
  }

  /** {@code USING btree (published_at DESC) WHERE …}: the index as CREATE INDEX spells it. */
  static String definition(Index index) {
    StringBuilder text = new StringBuilder();
    if (index.method() != null && !index.method().equals("btree")) {
      text.append("USING ").append(index.method()).append(' ');
    }
    List<String> elements = new ArrayList<>();
    for (IndexElement e : index.elements()) {
      StringBuilder element =
          new StringBuilder(e.column() != null ? e.column() : "(" + e.expression() + ")");
      if (e.opclass() != null) {
        element.append(' ').append(e.opclass());
      }
      if (e.order() != null) {
        element.append(' ').append(e.order());
      }
      if (e.nulls() != null) {
        element.append(" NULLS ").append(e.nulls());
      }
      elements.add(element.toString());
    }
    text.append('(').append(String.join(", ", elements)).append(')');
    if (!index.include().isEmpty()) {
      text.append(" INCLUDE (").append(String.join(", ", index.include())).append(')');
    }
    if (index.where() != null) {
      text.append(" WHERE ").append(index.where());
    }
    return text.toString();
  }
}
