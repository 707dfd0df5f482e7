package dev.shale.introspect;

import dev.shale.model.IndexElement;
import dev.shale.model.PartitionBound;
import dev.shale.model.PartitionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partition keys and bounds as the server prints them ({@code pg_get_partkeydef}, {@code
 * pg_get_expr(relpartbound)}), read into the model's form.
 */
final class PartitionText {
  private static final Pattern COLUMN =
      Pattern.compile("(\"(?:[^\"]|\"\")*\"|[a-z_][a-z0-9_$]*)(?:\\s+(\\S+))?");
  private static final Pattern HASH =
      Pattern.compile("FOR VALUES WITH \\(modulus (\\d+), remainder (\\d+)\\)");

  private PartitionText() {}

  /** {@code RANGE (logdate)}, {@code LIST (lower(city))}, {@code HASH (id int8_ops)}. */
  static PartitionKey key(String text) {
    int open = text.indexOf('(');
    PartitionKey.Strategy strategy =
        PartitionKey.Strategy.valueOf(text.substring(0, open).strip().toUpperCase(Locale.ROOT));
    String inner = text.substring(open + 1, text.lastIndexOf(')'));
    List<IndexElement> elements = new ArrayList<>();
    for (String element : topLevel(inner)) {
      elements.add(element(element.strip()));
    }
    return new PartitionKey(strategy, elements);
  }

  private static IndexElement element(String text) {
    Matcher m = COLUMN.matcher(text);
    if (m.matches()) {
      return new IndexElement(unquote(m.group(1)), null, m.group(2), null, null);
    }
    int end = expressionEnd(text);
    String expression = text.substring(0, end).strip();
    String rest = text.substring(end).strip();
    return new IndexElement(
        null, PartitionKey.bareExpression(expression), rest.isEmpty() ? null : rest, null, null);
  }

  /** Where an expression element ends: after its closing parenthesis. */
  private static int expressionEnd(String text) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    return text.length();
  }

  /** {@code DEFAULT} or {@code FOR VALUES …}. */
  static PartitionBound bound(String text) {
    String t = text.strip();
    if (t.equals("DEFAULT")) {
      return PartitionBound.DEFAULT;
    }
    Matcher hash = HASH.matcher(t);
    if (hash.matches()) {
      return PartitionBound.hash(Integer.parseInt(hash.group(1)), Integer.parseInt(hash.group(2)));
    }
    if (t.startsWith("FOR VALUES IN (")) {
      return PartitionBound.list(values(t.substring("FOR VALUES IN (".length(), t.length() - 1)));
    }
    if (t.startsWith("FOR VALUES FROM (")) {
      String rest = t.substring("FOR VALUES FROM (".length());
      int close = expressionEnd("(" + rest) - 1;
      String from = rest.substring(0, close - 1);
      String after = rest.substring(close).strip();
      if (!after.startsWith("TO (")) {
        throw new IllegalArgumentException("unexpected partition bound: " + text);
      }
      String to = after.substring("TO (".length(), after.length() - 1);
      return PartitionBound.range(values(from), values(to));
    }
    throw new IllegalArgumentException("unexpected partition bound: " + text);
  }

  private static List<String> values(String list) {
    List<String> values = new ArrayList<>();
    for (String v : topLevel(list)) {
      String s = v.strip();
      String upper = s.toUpperCase(Locale.ROOT);
      if (s.startsWith("'")) {
        int end = s.lastIndexOf('\'');
        values.add(s.substring(0, end + 1));
      } else if (upper.equals("MINVALUE") || upper.equals("MAXVALUE") || upper.equals("NULL")) {
        values.add(upper);
      } else {
        values.add(PartitionBound.literal(s));
      }
    }
    return values;
  }

  /** {@code text} split at its commas outside parentheses, quotes and double quotes. */
  private static List<String> topLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean single = false;
    boolean dbl = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '"' && !single) {
        dbl = !dbl;
      } else if (!single && !dbl && c == '(') {
        depth++;
      } else if (!single && !dbl && c == ')') {
        depth--;
      } else if (!single && !dbl && depth == 0 && c == ',') {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length() || !parts.isEmpty()) {
      parts.add(text.substring(start));
    }
    return parts;
  }

  private static String unquote(String identifier) {
    return identifier.startsWith("\"")
        ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
        : identifier;
  }
}
