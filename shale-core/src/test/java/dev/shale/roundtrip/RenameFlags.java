package dev.shale.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The --rename answers a user would give for the renames between two specs, found by id. */
final class RenameFlags {
  private RenameFlags() {}

  static List<String> between(
      Spec a, Spec b, String renamedSchema, Map<Integer, Map<String, String>> valueOrigins) {
    List<String> flags = new ArrayList<>();
    // a schema with nothing left in it is no schema of the model: nothing to rename to
    boolean schemaRenamed = renamedSchema != null && uses(a, "app") && uses(b, renamedSchema);
    if (schemaRenamed) {
      flags.add("schema:app=" + renamedSchema);
    }
    java.util.function.UnaryOperator<String> moved =
        s -> schemaRenamed && s.equals("app") ? renamedSchema : s;
    for (Spec.TableSpec before : a.tables) {
      for (Spec.TableSpec after : b.tables) {
        if (before.id != after.id) {
          continue;
        }
        if (!(moved.apply(before.schema) + "." + before.name)
            .equals(after.schema + "." + after.name)) {
          flags.add(
              "table:" + before.schema + "." + before.name + "=" + after.schema + "." + after.name);
        }
        String table = after.schema + "." + after.name + ".";
        for (Spec.ColumnSpec c : before.columns) {
          for (Spec.ColumnSpec d : after.columns) {
            if (c.id == d.id && !c.name.equals(d.name)) {
              flags.add("column:" + table + c.name + "=" + table + d.name);
            }
          }
        }
      }
    }
    for (Spec.EnumSpec before : a.enums) {
      for (Spec.EnumSpec after : b.enums) {
        if (before.id == after.id
            && !(moved.apply(before.schema) + "." + before.name)
                .equals(after.schema + "." + after.name)) {
          flags.add(
              "enum:" + before.schema + "." + before.name + "=" + after.schema + "." + after.name);
        }
        if (before.id == after.id) {
          // Named by the enum's new name: values are matched after the enum's own rename.
          valueOrigins
              .getOrDefault(after.id, Map.of())
              .forEach(
                  (now, was) -> {
                    if (before.values.contains(was) && after.values.contains(now)) {
                      flags.add(
                          "enum-value:" + after.schema + "." + after.name + "." + was + "=" + now);
                    }
                  });
        }
      }
    }
    for (Spec.SequenceSpec before : a.sequences) {
      // A table moved to another schema takes the sequences it owns along: they are there then.
      String schema = before.schema;
      if (a.owner(before) != null) {
        for (Spec.TableSpec t : b.tables) {
          if (t.id == before.ownerTable) {
            schema = t.schema;
          }
        }
      }
      for (Spec.SequenceSpec after : b.sequences) {
        if (before.id == after.id
            && !(moved.apply(schema) + "." + before.name).equals(after.schema + "." + after.name)) {
          flags.add(
              "sequence:" + schema + "." + before.name + "=" + after.schema + "." + after.name);
        }
      }
    }
    return flags;
  }

  private static boolean uses(Spec spec, String schema) {
    return spec.tables.stream().anyMatch(t -> t.schema.equals(schema))
        || spec.enums.stream().anyMatch(e -> e.schema.equals(schema))
        || spec.sequences.stream().anyMatch(q -> q.schema.equals(schema))
        || spec.views.stream().anyMatch(v -> v.schema.equals(schema));
  }
}
