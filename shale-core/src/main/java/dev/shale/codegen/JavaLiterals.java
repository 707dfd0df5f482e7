package dev.shale.codegen;

import java.util.ArrayList;
import java.util.List;

/** Java literals for SQL text and numbers, exact for any content. */
final class JavaLiterals {
  private JavaLiterals() {}

  /**
   * A Java string literal whose value is {@code text}: quotes and backslashes escaped, line breaks
   * and tabs as {@code \n}, {@code \r}, {@code \t}, other control and invisible characters as
   * {@code \}{@code uXXXX}; everything else, non-ASCII letters included, written as it is (the
   * sources are UTF-8).
   */
  static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (needsUnicodeEscape(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean needsUnicodeEscape(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }

  /**
   * The string as a literal, or, when it holds line breaks inside, as a concatenation of one
   * literal per line ({@code "SELECT a\n" + "FROM t"}), which reads like the text it holds.
   */
  static Code text(String text) {
    int newline = text.indexOf('\n');
    if (newline < 0 || newline == text.length() - 1) {
      return Code.atom(string(text));
    }
    List<Code> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      lines.add(Code.atom(string(text.substring(start, end))));
      start = end;
    }
    return new Code.Concat(lines);
  }

  /**
   * How far a text block's lines are indented; Java strips it (the closing quotes sit there too).
   */
  private static final String BLOCK_INDENT = " ".repeat(14);

  /**
   * A text block whose value is exactly {@code text}: its lines indented (Java strips that), a
   * trailing space or tab kept by an escape, backslashes and triple quotes escaped, other control
   * characters as octal escapes, and no final line break unless the text has one.
   */
  static Code textBlock(String text) {
    String escaped = text.replace("\\", "\\\\");
    if (escaped.contains("\"\"\"")) {
      escaped = escaped.replace("\"", "\\\"");
    }
    StringBuilder out = new StringBuilder("\"\"\"\n");
    String[] lines = escaped.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      boolean last = i == lines.length - 1;
      String line = lines[i];
      if (last && line.isEmpty()) {
        break;
      }
      StringBuilder l = new StringBuilder();
      for (int j = 0; j < line.length(); j++) {
        char c = line.charAt(j);
        if (c == '\r') {
          l.append("\\r");
        } else if (c != '\t' && Character.isISOControl(c)) {
          l.append(String.format("\\%03o", (int) c));
        } else {
          l.append(c);
        }
      }
      int end = l.length() - 1;
      if (end >= 0 && (l.charAt(end) == ' ' || l.charAt(end) == '\t')) {
        l.replace(end, end + 1, l.charAt(end) == ' ' ? "\\s" : "\\t");
      }
      out.append(l.length() == 0 ? "" : BLOCK_INDENT).append(l);
      out.append(last ? "\\\n" : "\n");
    }
    return Code.atom(out.append(BLOCK_INDENT).append("\"\"\"").toString());
  }

  /** A Java literal for a long argument: {@code 100}, {@code -5}, {@code 3000000000L}. */
  static String longValue(long value) {
    return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE
        ? Long.toString(value)
        : value + "L";
  }
}
