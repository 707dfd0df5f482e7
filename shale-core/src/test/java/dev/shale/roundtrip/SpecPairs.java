package dev.shale.roundtrip;

import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.testing.RowFiller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What two specs of one random pair have in common, found by the ids that edits keep: how the old
 * schema's names map onto the new one (for the row filler), and which tables only changed names.
 */
final class SpecPairs {
  private SpecPairs() {}

  /** The new schema as the row filler needs it: its model, and the old names mapped onto it. */
  static RowFiller.Target target(
      Spec a, Spec b, SchemaModel after, Map<Integer, Map<String, String>> valueOrigins) {
    Map<QualifiedName, QualifiedName> tables = new HashMap<>();
    Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
    for (Spec.TableSpec before : a.tables) {
      Spec.TableSpec now = byId(b, before.id);
      if (now == null) {
        continue;
      }
      QualifiedName name = new QualifiedName(before.schema, before.name);
      tables.put(name, new QualifiedName(now.schema, now.name));
      Map<String, String> names = new HashMap<>();
      for (Spec.ColumnSpec c : before.columns) {
        for (Spec.ColumnSpec d : now.columns) {
          if (c.id == d.id) {
            names.put(c.name, d.name);
          }
        }
      }
      // A column that B replaces by expand and contract stays, under its name, until the
      // contract: the target keeps it (and converts it with the rest, as for an enum rebuilt).
      after
          .table(new QualifiedName(now.schema, now.name))
          .ifPresent(
              t ->
                  before.columns.stream()
                      .filter(
                          c ->
                              !names.containsKey(c.name)
                                  && now.columns.stream().noneMatch(d -> d.name.equals(c.name))
                                  && t.column(c.name).isPresent())
                      .forEach(c -> names.put(c.name, c.name)));
      columns.put(name, names);
    }
    Map<QualifiedName, Map<String, String>> values = new HashMap<>();
    for (Spec.EnumSpec before : a.enums) {
      Map<String, String> renamed = new HashMap<>();
      valueOrigins
          .getOrDefault(before.id, Map.of())
          .forEach(
              (now, was) -> {
                if (before.values.contains(was)) {
                  renamed.put(was, now);
                }
              });
      values.put(new QualifiedName(before.schema, before.name), renamed);
    }
    return new RowFiller.Target(after, tables, columns, values);
  }

  /**
   * Tables of both specs whose definitions differ at most in names (of the table, its schema, its
   * columns, indexes, the enums and enum labels its columns use, the tables its foreign keys
   * reference): a plan must rename there, never drop. Each as {old name, new name}.
   */
  static List<QualifiedName[]> onlyRenamed(
      Spec a, Spec b, Map<Integer, Map<String, String>> valueOrigins) {
    Map<Integer, Map<String, String>> forward = new HashMap<>();
    valueOrigins.forEach(
        (id, origins) -> {
          Map<String, String> map = new HashMap<>();
          origins.forEach((now, was) -> map.put(was, now));
          forward.put(id, map);
        });
    List<QualifiedName[]> tables = new ArrayList<>();
    for (Spec.TableSpec before : a.tables) {
      Spec.TableSpec now = byId(b, before.id);
      if (now != null
          && shape(a, before, id -> l -> forward.getOrDefault(id, Map.of()).getOrDefault(l, l))
              .equals(shape(b, now, id -> l -> l))) {
        tables.add(
            new QualifiedName[] {
              new QualifiedName(before.schema, before.name), new QualifiedName(now.schema, now.name)
            });
      }
    }
    return tables;
  }

  private static Spec.TableSpec byId(Spec spec, int id) {
    return spec.tables.stream().filter(t -> t.id == id).findFirst().orElse(null);
  }

  /** Labels of an enum (by id) as the new schema spells them. */
  private interface Labels {
    UnaryOperator<String> of(int enumId);
  }

  /** A table's definition with every name replaced by the id that edits keep. */
  private static List<Object> shape(Spec spec, Spec.TableSpec t, Labels labels) {
    Map<String, Integer> ids = new HashMap<>();
    t.columns.forEach(c -> ids.put(c.name, c.id));
    List<Object> columns = new ArrayList<>();
    for (Spec.ColumnSpec c : t.columns) {
      Spec.EnumSpec type = c.type.startsWith("enum:") ? SpecGenerator.enumOf(spec, c.type) : null;
      UnaryOperator<String> label = type == null ? l -> l : labels.of(type.id);
      String defaultSql = c.defaultSql;
      if (type != null && defaultSql != null && defaultSql.startsWith("'")) {
        defaultSql = "'" + label.apply(defaultSql.substring(1, defaultSql.length() - 1)) + "'";
      } else if (defaultSql != null && defaultSql.startsWith("nextval('")) {
        String name = defaultSql.substring("nextval('".length(), defaultSql.indexOf("'::"));
        defaultSql = "nextval#" + sequenceId(spec, name);
      }
      columns.add(
          List.of(
              c.id,
              type == null ? c.type : "enum#" + type.id + type.values.stream().map(label).toList(),
              c.notNull,
              String.valueOf(defaultSql),
              String.valueOf(c.identity),
              String.valueOf(c.identityStart),
              String.valueOf(c.generatedFrom == null ? null : ids.get(c.generatedFrom)),
              c.generatedFactor,
              String.valueOf(c.comment),
              String.valueOf(c.collation)));
    }
    List<Object> uniques = new ArrayList<>();
    for (Spec.UniqueSpec u : t.uniques) {
      uniques.add(
          List.of(u.columns.stream().map(ids::get).toList(), u.nullsNotDistinct, "" + u.name));
    }
    List<Object> checks = new ArrayList<>();
    for (Spec.CheckSpec k : t.checks) {
      checks.add(List.of(ids.get(k.column), k.kind, k.bound, k.notValid));
    }
    List<Object> indexes = new ArrayList<>();
    for (Spec.IndexSpec i : t.indexes) {
      indexes.add(
          List.of(
              ids.get(i.column),
              i.unique,
              i.descending,
              i.lower,
              i.partial,
              String.valueOf(i.predicateColumn == null ? null : ids.get(i.predicateColumn)),
              String.valueOf(i.fillfactor)));
    }
    List<Object> keys = new ArrayList<>();
    for (Spec.ForeignKeySpec f : t.foreignKeys) {
      Spec.TableSpec target = spec.table(f.targetSchema, f.targetTable);
      Spec.ColumnSpec referenced = target.column(f.targetColumn);
      keys.add(
          List.of(
              ids.get(f.column),
              target.id,
              referenced.id,
              referenced.type,
              target.primaryKey.stream().map(n -> target.column(n).id).toList(),
              uniqueKeysOn(target, f.targetColumn),
              f.onDelete,
              f.notValid));
    }
    return List.of(
        columns,
        t.primaryKey.stream().map(ids::get).toList(),
        uniques,
        checks,
        indexes,
        keys,
        String.valueOf(t.comment),
        List.of(
            t.unlogged, String.valueOf(t.fillfactor), t.autovacuumOff, t.rowSecurity, t.exclusion),
        t.policies.stream()
            .map(
                p ->
                    List.of(
                        p.name,
                        p.restrictive,
                        p.command,
                        p.roles,
                        String.valueOf(p.usingColumn == null ? null : ids.get(p.usingColumn)),
                        String.valueOf(p.checkColumn == null ? null : ids.get(p.checkColumn))))
            .toList(),
        t.triggers.stream()
            .map(
                g ->
                    List.of(
                        g.name,
                        g.before,
                        g.events,
                        g.updateColumns.stream().map(ids::get).toList(),
                        g.row,
                        String.valueOf(g.whenColumn == null ? null : ids.get(g.whenColumn)),
                        g.function,
                        g.arguments,
                        String.valueOf(g.transition),
                        List.of(g.constraint, g.deferrable, g.initiallyDeferred),
                        g.state))
            .toList(),
        t.grants.stream().map(g -> List.of(g.grantee, g.privileges, g.grantable)).toList());
  }

  /**
   * The unique keys of a referenced column, without names: when one goes, a foreign key that may
   * rest on it is dropped and added again, which is no rename's doing.
   */
  private static List<String> uniqueKeysOn(Spec.TableSpec t, String column) {
    List<String> keys = new ArrayList<>();
    for (Spec.UniqueSpec u : t.uniques) {
      if (u.columns.equals(List.of(column))) {
        keys.add("unique " + u.nullsNotDistinct);
      }
    }
    for (Spec.IndexSpec i : t.indexes) {
      if (i.unique && i.column.equals(column)) {
        keys.add(
            List.of(
                    i.descending,
                    i.lower,
                    i.partial,
                    String.valueOf(
                        i.predicateColumn == null ? null : t.column(i.predicateColumn).id))
                .toString());
      }
    }
    keys.sort(null);
    return keys;
  }

  private static int sequenceId(Spec spec, String qualified) {
    QualifiedName name = QualifiedName.parse(qualified, "public");
    return spec.sequences.stream()
        .filter(s -> s.schema.equals(name.schema()) && s.name.equals(name.name()))
        .findFirst()
        .map(s -> s.id)
        .orElse(-1);
  }
}
