package dev.shale.sql.parse;

import java.nio.charset.StandardCharsets;

/** Identifier spelling: PostgreSQL's case folding, quote removal and truncation. */
final class Names {
  /** NAMEDATALEN - 1: longer identifiers are truncated (with a NOTICE) by the server. */
  static final int MAX_BYTES = 63;

  private Names() {}

  /** The identifier a token names: an unquoted word folded, a quoted one unquoted. */
  static String identifier(Token token) {
    String text = token.text();
    if (token.kind() == Token.Kind.QUOTED_IDENT) {
      int open = text.indexOf('"');
      int close =
          text.length() > open + 1 && text.endsWith("\"") ? text.length() - 1 : text.length();
      return truncate(text.substring(open + 1, close).replace("\"\"", "\""));
    }
    return truncate(fold(text));
  }

  /** ASCII upper case to lower case, as {@code downcase_identifier} does for UTF-8. */
  static String fold(String word) {
    char[] c = word.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + ('a' - 'A'));
      }
    }
    return new String(c);
  }

  static String truncate(String name) {
    if (name.length() * 3 <= MAX_BYTES
        || name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return name;
    }
    int bytes = 0;
    int i = 0;
    while (i < name.length()) {
      int cp = name.codePointAt(i);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + size > MAX_BYTES) {
        break;
      }
      bytes += size;
      i += Character.charCount(cp);
    }
    return name.substring(0, i);
  }

  /** {@code name} as SQL writes it: bare when it folds to itself, else double-quoted. */
  static String quote(String name) {
    boolean bare = !name.isEmpty() && (name.charAt(0) < '0' || name.charAt(0) > '9');
    for (int i = 0; i < name.length() && bare; i++) {
      char c = name.charAt(i);
      bare = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
    }
    bare &= name.isEmpty() || name.charAt(0) != '$';
    return bare ? name : "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** The value of a string token: quotes removed, {@code ''} and (in E'') backslashes undone. */
  static String stringValue(Token token) {
    String t = token.text();
    if (token.kind() == Token.Kind.DOLLAR_STRING) {
      int open = t.indexOf('$', 1) + 1;
      int close = t.length() - open;
      return close >= open ? t.substring(open, close) : "";
    }
    boolean escapes = t.charAt(0) == 'e' || t.charAt(0) == 'E';
    int first = t.indexOf('\'');
    StringBuilder out = new StringBuilder();
    boolean inside = false;
    for (int i = first; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!inside) {
        if (c == '\'') {
          inside = true;
        }
      } else if (c == '\'') {
        if (i + 1 < t.length() && t.charAt(i + 1) == '\'') {
          out.append('\'');
          i++;
        } else {
          inside = false;
        }
      } else if (c == '\\' && escapes && i + 1 < t.length()) {
        char e = t.charAt(++i);
        out.append(
            switch (e) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              case 'b' -> '\b';
              case 'f' -> '\f';
              default -> e;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
