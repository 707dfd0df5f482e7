package dev.shale.lint.rules;

import dev.shale.lint.StatementContext;
import dev.shale.sql.parse.QualifiedName;
import dev.shale.sql.parse.Source;
import dev.shale.sql.parse.Span;
import java.util.List;
import java.util.stream.Collectors;

/** Small shared helpers of the locking rules: names as SQL writes them, an action's own text. */
final class Facts {
  private Facts() {}

  /** A column (or other plain) name as SQL would write it, quoted where needed. */
  static String name(String identifier) {
    return QualifiedName.of(identifier).toString();
  }

  static String names(List<String> identifiers) {
    return identifiers.stream().map(Facts::name).collect(Collectors.joining(", "));
  }

  /** {@code table.column} for messages. */
  static String column(QualifiedName table, String column) {
    return table + "." + name(column);
  }

  /** Whether the relation existed before this deploy (so statements on it carry lock risk). */
  static boolean existing(StatementContext context, QualifiedName relation) {
    return !context.isNew(relation);
  }

  /** The text of {@code span} within the statement {@code source}, or null if it is outside it. */
  static String text(Source source, Span span) {
    String sql = source.sql();
    int from = offset(sql, source.span(), span.line(), span.column());
    int to = offset(sql, source.span(), span.endLine(), span.endColumn());
    if (from < 0 || to < from || to > sql.length()) {
      return null;
    }
    return sql.substring(from, to);
  }

  private static int offset(String sql, Span start, int line, int column) {
    int i = 0;
    for (int l = start.line(); l < line; l++) {
      int nl = sql.indexOf('\n', i);
      if (nl < 0) {
        return -1;
      }
      i = nl + 1;
    }
    int col = line == start.line() ? column - start.column() : column - 1;
    try {
      return sql.offsetByCodePoints(i, col);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }
}
