package dev.shale.diff;

import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/**
 * A column being replaced by expand and contract, as a schema holds it between the two: the old and
 * the new column side by side, kept in step by a trigger whose arguments name the pair ({@code
 * 'shale:expand', old, new, final name}). The trigger is what a snapshot, and a database read back,
 * carry of the pair: nothing else in the model marks it.
 *
 * @param table the table of both columns
 * @param old the column that is replaced, still read and written by running code
 * @param replacement the new column as it stands while both exist
 * @param finalName the new column's name after the contract (the old column's name when the type
 *     changes, else the replacement's)
 * @param trigger the trigger that copies writes between them
 * @param function its function
 * @param value the SQL that computes the new column over a row of the table (for the backfill)
 */
public record ColumnPair(
    QualifiedName table,
    String old,
    String replacement,
    String finalName,
    String trigger,
    QualifiedName function,
    String value) {

  /** The first argument of the trigger of a pair. */
  public static final String MARK = "shale:expand";

  /** The pair a trigger of {@code table} keeps in step, or null when it is not such a trigger. */
  public static ColumnPair of(QualifiedName table, Trigger trigger) {
    List<String> args = trigger.arguments();
    if (args.size() != 5 || !MARK.equals(args.get(0))) {
      return null;
    }
    return new ColumnPair(
        table,
        args.get(1),
        args.get(2),
        args.get(3),
        trigger.name(),
        trigger.function(),
        args.get(4));
  }

  /** Every pair of {@code model}, by table. */
  public static List<ColumnPair> in(SchemaModel model) {
    List<ColumnPair> pairs = new ArrayList<>();
    for (Table table : model.tables()) {
      for (Trigger trigger : table.triggers()) {
        ColumnPair pair = of(table.name(), trigger);
        if (pair != null) {
          pairs.add(pair);
        }
      }
    }
    return List.copyOf(pairs);
  }

  /** The trigger's arguments for this pair. */
  List<String> arguments() {
    return List.of(MARK, old, replacement, finalName, value);
  }

  /** {@code table.old → replacement}, for messages. */
  public String display() {
    String to =
        replacement.equals(finalName) ? replacement : replacement + " (then " + finalName + ")";
    return table + "." + old + " → " + to;
  }
}
