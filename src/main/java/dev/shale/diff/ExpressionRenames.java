package dev.shale.diff;

import dev.shale.model.ColumnWords;

/**
 * Renames a column in the text of an expression (a check, an index key or predicate, a generated
 * column), as PostgreSQL does on {@code RENAME COLUMN}: it keeps expressions as parse trees, so
 * they follow the rename by themselves. Applied to the old schema before it is compared, so that a
 * rename changes nothing else. Only bare words are renamed: not string literals, function names,
 * type names after {@code ::}, qualifiers, or fields after a dot.
 */
final class ExpressionRenames {
  private ExpressionRenames() {}

  static String renameColumn(String expression, String from, String to) {
    if (expression == null || !ViewDependencies.mentionsColumn(expression, from)) {
      return expression;
    }
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (ColumnWords.Word word : ColumnWords.of(expression)) {
      if (word.name().equals(from) && !word.afterDot() && !word.beforeDot()) {
        out.append(expression, copied, word.start()).append(quoted(to));
        copied = word.end();
      }
    }
    return out.append(expression.substring(copied)).toString();
  }

  private static String quoted(String name) {
    return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
