package dev.shale.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names that PostgreSQL keeps in one namespace per schema and that the schema uses twice. Tables,
 * views, materialized views, sequences (including the one behind each serial column) and indexes
 * (including those behind primary keys and unique constraints) are all relations, and two relations
 * cannot share a name. Tables and views also have a row type of their own name, which an enum
 * therefore cannot take.
 */
public final class NameClashes {
  private final List<String> problems = new ArrayList<>();
  private final Map<QualifiedName, String> relations = new HashMap<>();
  private final Map<QualifiedName, String> types = new HashMap<>();

  private NameClashes() {}

  /** One problem for each name used twice, naming both objects. */
  public static List<String> find(
      List<EnumType> enums, List<Sequence> sequences, List<Table> tables, List<View> views) {
    NameClashes clashes = new NameClashes();
    for (Table table : tables) {
      clashes.relation(table.name(), "table " + table.name());
      clashes.types.putIfAbsent(table.name(), "table " + table.name());
    }
    for (View view : views) {
      String what = (view.materialized() ? "materialized view " : "view ") + view.name();
      clashes.relation(view.name(), what);
      clashes.types.putIfAbsent(view.name(), what);
    }
    for (Sequence sequence : sequences) {
      clashes.relation(sequence.name(), "sequence " + sequence.name());
    }
    for (Table table : tables) {
      clashes.tableRelations(table);
    }
    for (EnumType e : enums) {
      clashes.enumType(e);
    }
    return clashes.problems;
  }

  private void tableRelations(Table table) {
    String schema = table.name().schema();
    for (Column column : table.columns()) {
      if (column.type().isSerial()) {
        String sequence = PgNames.makeObjectName(table.name().name(), column.name(), "seq");
        relation(
            new QualifiedName(schema, sequence),
            "the sequence of serial column " + table.name() + "." + column.name());
      }
    }
    // Names used twice within one table are reported with the table; here only across objects.
    Set<String> here = new HashSet<>();
    String on = " of table " + table.name();
    if (table.primaryKey() != null && here.add(table.primaryKey().name())) {
      relation(
          new QualifiedName(schema, table.primaryKey().name()),
          "primary key " + table.primaryKey().name() + on);
    }
    for (UniqueConstraint unique : table.uniques()) {
      if (here.add(unique.name())) {
        relation(
            new QualifiedName(schema, unique.name()), "unique constraint " + unique.name() + on);
      }
    }
    for (Index index : table.indexes()) {
      if (here.add(index.name())) {
        relation(new QualifiedName(schema, index.name()), "index " + index.name() + on);
      }
    }
  }

  private void relation(QualifiedName name, String what) {
    String first = relations.putIfAbsent(name, what);
    if (first != null) {
      problems.add(
          first
              + " and "
              + what
              + " have the same name "
              + name
              + ": tables, views, sequences and indexes (also those of primary keys and unique"
              + " constraints) share one namespace in a schema; rename one");
    }
  }

  private void enumType(EnumType e) {
    String first = types.get(e.name());
    if (first != null) {
      problems.add(
          first
              + " and enum "
              + e.name()
              + " have the same name "
              + e.name()
              + ": a table or view has a row type of its own name, which an enum cannot share;"
              + " rename one");
    }
  }
}
