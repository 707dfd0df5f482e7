package dev.shale.diff;

import dev.shale.model.ColumnWords;
import dev.shale.model.QualifiedName;
import java.util.List;

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

  /**
   * Renames a table or view where a view's query names it, as PostgreSQL shows the query after the
   * rename (it stores the relation's identity): {@code schema.name}, and the bare name when the
   * relation is in {@code public}; a bare name that is a column there is renamed too, which can
   * only make the query differ from the declared one, never hide a difference.
   */
  static String renameRelation(String query, QualifiedName from, QualifiedName to) {
    if (query == null || !ViewDependencies.mentionsColumn(query, from.name())) {
      return query;
    }
    List<ColumnWords.Word> words = ColumnWords.of(query);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (int k = 0; k < words.size(); k++) {
      ColumnWords.Word word = words.get(k);
      if (!word.name().equals(from.name())) {
        continue;
      }
      if (word.afterDot()) {
        ColumnWords.Word qualifier = k > 0 ? words.get(k - 1) : null;
        if (qualifier != null
            && qualifier.beforeDot()
            && !qualifier.afterDot()
            && qualifier.name().equals(from.schema())
            && copied <= qualifier.start()) {
          out.append(query, copied, qualifier.start())
              .append(quoted(to.schema()))
              .append('.')
              .append(quoted(to.name()));
          copied = word.end();
        }
      } else if (from.schema().equals("public")) {
        out.append(query, copied, word.start())
            .append(
                to.schema().equals("public")
                    ? quoted(to.name())
                    : quoted(to.schema()) + "." + quoted(to.name()));
        copied = word.end();
      }
    }
    return out.append(query.substring(copied)).toString();
  }

  /** Renames a schema where a view's query qualifies a name with it ({@code billing.invoices}). */
  static String renameSchema(String query, String from, String to) {
    if (query == null || !ViewDependencies.mentionsColumn(query, from)) {
      return query;
    }
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (ColumnWords.Word word : ColumnWords.of(query)) {
      if (word.name().equals(from) && word.beforeDot() && !word.afterDot()) {
        out.append(query, copied, word.start()).append(quoted(to));
        copied = word.end();
      }
    }
    return out.append(query.substring(copied)).toString();
  }

  /**
   * Renames a type where an expression names it, as PostgreSQL does on {@code ALTER TYPE … RENAME}
   * or {@code ALTER SCHEMA … RENAME} (it stores the type's identity, and prints its new name):
   * after {@code ::} and after {@code AS} in {@code CAST(… AS type)}, bare (the type in {@code
   * public}) or qualified. String literals, quoted text and comments are left alone.
   */
  static String renameType(String expression, QualifiedName from, QualifiedName to) {
    if (expression == null
        || !expression
            .toLowerCase(java.util.Locale.ROOT)
            .contains(from.name().toLowerCase(java.util.Locale.ROOT))) {
      return expression;
    }
    List<Token> tokens = tokens(expression);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    java.util.ArrayDeque<Boolean> casts = new java.util.ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean typeFollows =
          t.text().equals("::")
              || t.word() != null
                  && t.word().equals("as")
                  && !casts.isEmpty()
                  && Boolean.TRUE.equals(casts.peek());
      if (t.text().equals("(")) {
        casts.push(i > 0 && "cast".equals(tokens.get(i - 1).word()));
      } else if (t.text().equals(")") && !casts.isEmpty()) {
        casts.pop();
      }
      if (!typeFollows || i + 1 >= tokens.size() || tokens.get(i + 1).word() == null) {
        continue;
      }
      Token first = tokens.get(i + 1);
      boolean qualified =
          i + 3 < tokens.size()
              && tokens.get(i + 2).text().equals(".")
              && tokens.get(i + 3).word() != null;
      QualifiedName named =
          qualified
              ? new QualifiedName(first.word(), tokens.get(i + 3).word())
              : new QualifiedName("public", first.word());
      if (!named.equals(from)) {
        continue;
      }
      int end = qualified ? tokens.get(i + 3).end() : first.end();
      String replacement =
          qualified || !to.schema().equals("public")
              ? quoted(to.schema()) + "." + quoted(to.name())
              : quoted(to.name());
      out.append(expression, copied, first.start()).append(replacement);
      copied = end;
    }
    return out.append(expression.substring(copied)).toString();
  }

  /** A token: its text and place; {@code word} the name it means when it is an identifier. */
  private record Token(int start, int end, String text, String word) {}

  private static List<Token> tokens(String text) {
    List<Token> tokens = new java.util.ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        int end = ColumnWords.endOfQuoted(text, i, '\'');
        tokens.add(new Token(i, end, text.substring(i, end), null));
        i = end;
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (c == '"') {
        int end = ColumnWords.endOfQuoted(text, i, '"');
        String name = text.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
        tokens.add(new Token(i, end, text.substring(i, end), name));
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i + 1;
        while (end < n
            && (Character.isLetterOrDigit(text.charAt(end))
                || text.charAt(end) == '_'
                || text.charAt(end) == '$')) {
          end++;
        }
        String word = text.substring(i, end);
        tokens.add(new Token(i, end, word, word.toLowerCase(java.util.Locale.ROOT)));
        i = end;
      } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
        tokens.add(new Token(i, i + 2, "::", null));
        i += 2;
      } else {
        tokens.add(new Token(i, i + 1, String.valueOf(c), null));
        i++;
      }
    }
    return tokens;
  }

  private static String quoted(String name) {
    return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
