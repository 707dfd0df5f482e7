package dev.shale.loader;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Java source into the tokens the declarative subset needs: identifiers, literals and
 * punctuation, with comments dropped. Anything it does not know ends the fast path.
 */
final class JavaTokenizer {
  enum Kind {
    IDENTIFIER,
    STRING,
    CHAR,
    INT,
    LONG,
    DOUBLE,
    SYMBOL,
    END
  }

  record Token(Kind kind, String text, Object value, int line) {}

  private static final String SYMBOLS = "(){}[];,.=+-*@<>?:!&|/%^~";

  /** Each one-character symbol as a string, made once. */
  private static final String[] SYMBOL_TEXT = new String[SYMBOLS.length()];

  static {
    for (int i = 0; i < SYMBOLS.length(); i++) {
      SYMBOL_TEXT[i] = String.valueOf(SYMBOLS.charAt(i));
    }
  }

  private final String source;
  private int pos;
  private int line = 1;

  private JavaTokenizer(String source) {
    this.source = source;
  }

  static List<Token> tokenize(String source) throws NotInterpretableException {
    return new JavaTokenizer(source).run();
  }

  private List<Token> run() throws NotInterpretableException {
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = next();
      tokens.add(token);
    } while (token.kind() != Kind.END);
    return tokens;
  }

  /**
   * The next token. One call per token, not one loop over the file: the JIT compiles a method after
   * a few hundred calls, but a loop in a method called once per file only after tens of thousands
   * of iterations, so the whole of a large file would be read by the interpreter.
   */
  private Token next() throws NotInterpretableException {
    skipSpaceAndComments();
    if (pos >= source.length()) {
      return new Token(Kind.END, "", null, line);
    }
    char c = source.charAt(pos);
    if (Character.isJavaIdentifierStart(c)) {
      int start = pos;
      while (pos < source.length() && Character.isJavaIdentifierPart(source.charAt(pos))) {
        pos++;
      }
      return new Token(Kind.IDENTIFIER, source.substring(start, pos), null, line);
    } else if (Character.isDigit(c)
        || (c == '.' && pos + 1 < source.length() && Character.isDigit(source.charAt(pos + 1)))) {
      return number();
    } else if (source.startsWith("\"\"\"", pos)) {
      return textBlock();
    } else if (c == '"') {
      return new Token(Kind.STRING, null, quoted('"'), line);
    } else if (c == '\'') {
      String text = quoted('\'');
      if (text.length() != 1) {
        throw new NotInterpretableException("character literal");
      }
      return new Token(Kind.CHAR, null, text.charAt(0), line);
    } else if (source.startsWith("->", pos) || source.startsWith("::", pos)) {
      Token token = new Token(Kind.SYMBOL, source.substring(pos, pos + 2), null, line);
      pos += 2;
      return token;
    } else if (SYMBOLS.indexOf(c) >= 0) {
      pos++;
      return new Token(Kind.SYMBOL, SYMBOL_TEXT[SYMBOLS.indexOf(c)], null, line);
    } else {
      throw new NotInterpretableException("character '" + c + "' at line " + line);
    }
  }

  private void skipSpaceAndComments() throws NotInterpretableException {
    while (pos < source.length()) {
      char c = source.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (source.startsWith("//", pos)) {
        while (pos < source.length() && source.charAt(pos) != '\n') {
          pos++;
        }
      } else if (source.startsWith("/*", pos)) {
        int end = source.indexOf("*/", pos + 2);
        if (end < 0) {
          throw new NotInterpretableException("unclosed comment");
        }
        line += (int) source.substring(pos, end).chars().filter(ch -> ch == '\n').count();
        pos = end + 2;
      } else {
        return;
      }
    }
  }

  private Token number() throws NotInterpretableException {
    int start = pos;
    if (source.startsWith("0x", pos)
        || source.startsWith("0X", pos)
        || source.startsWith("0b", pos)
        || source.startsWith("0B", pos)) {
      throw new NotInterpretableException("hexadecimal or binary literal");
    }
    while (pos < source.length()
        && (Character.isLetterOrDigit(source.charAt(pos))
            || source.charAt(pos) == '_'
            || source.charAt(pos) == '.'
            || ((source.charAt(pos) == '+' || source.charAt(pos) == '-')
                && (source.charAt(pos - 1) == 'e' || source.charAt(pos - 1) == 'E')))) {
      pos++;
    }
    String text = source.substring(start, pos).replace("_", "");
    try {
      if (text.endsWith("L") || text.endsWith("l")) {
        return new Token(
            Kind.LONG, text, Long.parseLong(text.substring(0, text.length() - 1)), line);
      }
      if (text.endsWith("f") || text.endsWith("F")) {
        return new Token(
            Kind.DOUBLE, text, Float.parseFloat(text.substring(0, text.length() - 1)), line);
      }
      if (text.endsWith("d")
          || text.endsWith("D")
          || text.contains(".")
          || text.contains("e")
          || text.contains("E")) {
        String digits =
            text.endsWith("d") || text.endsWith("D") ? text.substring(0, text.length() - 1) : text;
        return new Token(Kind.DOUBLE, text, Double.parseDouble(digits), line);
      }
      if (text.length() > 1 && text.startsWith("0")) {
        throw new NotInterpretableException("octal literal");
      }
      return new Token(Kind.INT, text, Integer.parseInt(text), line);
    } catch (NumberFormatException e) {
      throw new NotInterpretableException("number " + text);
    }
  }

  private String quoted(char quote) throws NotInterpretableException {
    StringBuilder text = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= source.length() || source.charAt(pos) == '\n') {
        throw new NotInterpretableException("unclosed literal at line " + line);
      }
      char c = source.charAt(pos++);
      if (c == quote) {
        return text.toString();
      }
      if (c == '\\') {
        text.append(escape());
      } else {
        text.append(c);
      }
    }
  }

  private char escape() throws NotInterpretableException {
    if (pos >= source.length()) {
      throw new NotInterpretableException("escape at end");
    }
    char c = source.charAt(pos++);
    return switch (c) {
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 's' -> ' ';
      case '0' -> '\0';
      case '\\', '\'', '"' -> c;
      default -> throw new NotInterpretableException("escape \\" + c);
    };
  }

  /** A text block, with the incidental indentation stripped as the compiler does. */
  private Token textBlock() throws NotInterpretableException {
    int startLine = line;
    pos += 3;
    int lineEnd = source.indexOf('\n', pos);
    if (lineEnd < 0 || !source.substring(pos, lineEnd).isBlank()) {
      throw new NotInterpretableException("text block opening");
    }
    int end = source.indexOf("\"\"\"", lineEnd);
    if (end < 0) {
      throw new NotInterpretableException("unclosed text block");
    }
    String raw = source.substring(lineEnd + 1, end);
    if (raw.contains("\\")) {
      throw new NotInterpretableException("escape in text block");
    }
    line += (int) source.substring(pos, end).chars().filter(ch -> ch == '\n').count();
    pos = end + 3;
    String value = (raw + "\"\"\"").stripIndent();
    value = value.substring(0, value.length() - 3);
    return new Token(Kind.STRING, null, value, startLine);
  }
}
