package dev.shale.diff;

import dev.shale.model.SchemaModel;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes between two schemas when nobody can say what was renamed, as for drift: every object
 * that appears is taken as created, every one that goes as dropped.
 */
public final class Comparison {
  private Comparison() {}

  /** The changes that take {@code from} to {@code to}, renames read as drop and create. */
  public static List<Change> withoutRenames(SchemaModel from, SchemaModel to, int pgVersion) {
    Set<ObjectRef> created = new HashSet<>();
    while (true) {
      try {
        return SchemaDiff.diff(from, to, new RenameAnswers(Map.of(), created), pgVersion);
      } catch (DecisionsNeededException e) {
        int before = created.size();
        e.questions().forEach(q -> created.add(q.added()));
        if (created.size() == before) {
          throw e;
        }
      }
    }
  }
}
