package dev.shale.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names PostgreSQL itself gives to constraints, indexes and sequences that the user did not
 * name (makeObjectName, ChooseRelationName and ChooseIndexColumnNames in the server), truncated to
 * 63 bytes the same way.
 */
public final class PgNames {
  /** NAMEDATALEN - 1: the longest identifier PostgreSQL keeps, in bytes. */
  public static final int MAX_IDENTIFIER_BYTES = 63;

  private static final Pattern FUNCTION_CALL =
      Pattern.compile(
          "^\\s*(?:[A-Za-z_][A-Za-z0-9_$]*\\s*\\.\\s*)?([A-Za-z_][A-Za-z0-9_$]*)\\s*\\(");
  private static final Pattern BARE_IDENTIFIER =
      Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_$]*)\\s*(?:::.*)?$", Pattern.DOTALL);

  private PgNames() {}

  /**
   * {@code name1_name2_label}, shortening the longer of name1 and name2 first until the whole fits
   * in 63 bytes, never cutting a multibyte character in half.
   */
  public static String makeObjectName(String name1, String name2, String label) {
    byte[] first = name1.getBytes(StandardCharsets.UTF_8);
    byte[] second = name2 == null ? null : name2.getBytes(StandardCharsets.UTF_8);
    int overhead = (second != null ? 1 : 0) + (label != null ? label.length() + 1 : 0);
    int available = MAX_IDENTIFIER_BYTES - overhead;
    int firstLength = first.length;
    int secondLength = second == null ? 0 : second.length;
    while (firstLength + secondLength > available) {
      if (firstLength > secondLength) {
        firstLength--;
      } else {
        secondLength--;
      }
    }
    StringBuilder name = new StringBuilder(clip(first, firstLength));
    if (second != null) {
      name.append('_').append(clip(second, secondLength));
    }
    if (label != null) {
      name.append('_').append(label);
    }
    return name.toString();
  }

  /**
   * makeObjectName, then a number appended to the label ({@code users_email_key1}) until the name
   * is not in {@code taken}. The chosen name is added to {@code taken}.
   */
  public static String choose(String name1, String name2, String label, Set<String> taken) {
    String candidate = makeObjectName(name1, name2, label);
    for (int pass = 1; taken.contains(candidate); pass++) {
      candidate = makeObjectName(name1, name2, label + pass);
    }
    taken.add(candidate);
    return candidate;
  }

  /** Column names joined by underscores, as the server builds the middle part of a name. */
  public static String joinColumns(List<String> columns) {
    StringBuilder joined = new StringBuilder();
    for (String column : columns) {
      if (joined.length() > 0) {
        joined.append('_');
      }
      joined.append(column);
      if (joined.toString().getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
        break;
      }
    }
    return joined.toString();
  }

  /**
   * The names the server gives to index keys when naming an index: the column name, the function
   * name of a function-call expression, else {@code expr}; repeats get a number.
   */
  public static List<String> indexColumnNames(List<IndexElement> elements) {
    List<String> names = new ArrayList<>();
    for (IndexElement element : elements) {
      String base =
          element.column() != null ? element.column() : expressionName(element.expression());
      String candidate = base;
      for (int i = 1; names.contains(candidate); i++) {
        String suffix = Integer.toString(i);
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        candidate =
            clip(bytes, Math.min(bytes.length, MAX_IDENTIFIER_BYTES - suffix.length())) + suffix;
      }
      names.add(candidate);
    }
    return names;
  }

  static String expressionName(String expression) {
    String text = stripParentheses(expression);
    Matcher call = FUNCTION_CALL.matcher(text);
    if (call.find()) {
      return call.group(1).toLowerCase(Locale.ROOT);
    }
    Matcher identifier = BARE_IDENTIFIER.matcher(text);
    if (identifier.matches()) {
      return identifier.group(1).toLowerCase(Locale.ROOT);
    }
    return "expr";
  }

  private static String stripParentheses(String expression) {
    String text = expression.trim();
    while (text.startsWith("(")
        && text.endsWith(")")
        && balanced(text.substring(1, text.length() - 1))) {
      text = text.substring(1, text.length() - 1).trim();
    }
    return text;
  }

  private static boolean balanced(String text) {
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static String clip(byte[] bytes, int length) {
    int end = length;
    // Never end inside a UTF-8 sequence: back up over continuation bytes of a cut character.
    if (end < bytes.length) {
      while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
        end--;
      }
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }
}
