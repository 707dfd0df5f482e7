package dev.shale.sql.parse;

import dev.shale.sql.SqlTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one statement's text (as {@link dev.shale.sql.ScriptSplitter} gives it) into tokens with
 * positions, skipping whitespace and comments. Token shapes are those of {@link SqlTokens}, so the
 * tokens agree with the splitter on what is a string, a comment or a dollar-quoted body. Never
 * throws: a token that does not end (which the splitter has already ruled out) runs to the end.
 */
final class Tokenizer {
  private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

  private final char[] s;
  private final List<Token> tokens = new ArrayList<>();
  private int line;
  private int column;
  private int counted;

  private Tokenizer(String text, int line, int column) {
    this.s = text.toCharArray();
    this.line = line;
    this.column = column;
  }

  /** The tokens of {@code text}, whose first character is at {@code line}, {@code column}. */
  static List<Token> tokenize(String text, int line, int column) {
    return new Tokenizer(text, line, column).run();
  }

  private List<Token> run() {
    int n = s.length;
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (SqlTokens.isSpace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && s[i + 1] == '-') {
        i = SqlTokens.endOfLineComment(s, i + 2);
      } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
        i = orEnd(SqlTokens.endOfBlockComment(s, i + 2));
      } else {
        i = token(i);
      }
    }
    return tokens;
  }

  private int token(int i) {
    char c = s[i];
    int n = s.length;
    char next = i + 1 < n ? s[i + 1] : 0;
    if (c == '\'') {
      return add(Token.Kind.STRING, i, orEnd(SqlTokens.endOfString(s, i + 1, false)));
    }
    if (c == '"') {
      return add(Token.Kind.QUOTED_IDENT, i, orEnd(SqlTokens.endOfQuotedIdentifier(s, i + 1)));
    }
    if (c == '$') {
      if (SqlTokens.isDigit(next)) {
        return add(Token.Kind.PARAM, i, digits(i + 1));
      }
      int bodyStart = SqlTokens.endOfDollarDelimiter(s, i);
      if (bodyStart > 0) {
        int end = orEnd(SqlTokens.endOfDollarBody(s, bodyStart, i, bodyStart));
        return add(Token.Kind.DOLLAR_STRING, i, end);
      }
      return add(Token.Kind.SYMBOL, i, i + 1);
    }
    if (SqlTokens.isIdentStart(c)) {
      return word(i, c, next);
    }
    if (SqlTokens.isDigit(c) || (c == '.' && SqlTokens.isDigit(next))) {
      return add(Token.Kind.NUMBER, i, number(i));
    }
    if (c == ':' && next == ':') {
      return add(Token.Kind.SYMBOL, i, i + 2);
    }
    if (OPERATOR_CHARS.indexOf(c) >= 0) {
      int end = i + 1;
      while (end < n
          && OPERATOR_CHARS.indexOf(s[end]) >= 0
          && !(s[end] == '-' && end + 1 < n && s[end + 1] == '-')
          && !(s[end] == '/' && end + 1 < n && s[end + 1] == '*')) {
        end++;
      }
      return add(Token.Kind.SYMBOL, i, end);
    }
    return add(Token.Kind.SYMBOL, i, i + 1);
  }

  private int word(int i, char c, char next) {
    int n = s.length;
    if (next == '\'' && (c == 'e' || c == 'E')) {
      return add(Token.Kind.STRING, i, orEnd(SqlTokens.endOfString(s, i + 2, true)));
    }
    if (next == '\'' && (c == 'n' || c == 'N')) {
      return add(Token.Kind.STRING, i, orEnd(SqlTokens.endOfString(s, i + 2, false)));
    }
    if (next == '\'' && "bBxX".indexOf(c) >= 0) {
      return add(Token.Kind.BIT_STRING, i, orEnd(SqlTokens.endOfString(s, i + 2, false)));
    }
    if ((c == 'u' || c == 'U') && next == '&' && i + 2 < n) {
      if (s[i + 2] == '\'') {
        return add(Token.Kind.STRING, i, orEnd(SqlTokens.endOfString(s, i + 3, false)));
      } else if (s[i + 2] == '"') {
        return add(Token.Kind.QUOTED_IDENT, i, orEnd(SqlTokens.endOfQuotedIdentifier(s, i + 3)));
      }
    }
    int end = i + 1;
    while (end < n && SqlTokens.isIdentPart(s[end])) {
      end++;
    }
    return add(Token.Kind.WORD, i, end);
  }

  private int number(int i) {
    int n = s.length;
    int end = i;
    while (end < n && (SqlTokens.isDigit(s[end]) || s[end] == '_')) {
      end++;
    }
    if (end < n && s[end] == '.' && !(end + 1 < n && s[end + 1] == '.')) {
      end++;
      while (end < n && (SqlTokens.isDigit(s[end]) || s[end] == '_')) {
        end++;
      }
    }
    if (end < n && (s[end] == 'e' || s[end] == 'E')) {
      int exp = end + 1;
      if (exp < n && (s[exp] == '+' || s[exp] == '-')) {
        exp++;
      }
      if (exp < n && SqlTokens.isDigit(s[exp])) {
        end = digits(exp);
      }
    }
    return end;
  }

  private int digits(int i) {
    while (i < s.length && SqlTokens.isDigit(s[i])) {
      i++;
    }
    return i;
  }

  private int orEnd(int end) {
    return end == SqlTokens.UNTERMINATED ? s.length : end;
  }

  private int add(Token.Kind kind, int start, int end) {
    advance(start);
    int startLine = line;
    int startColumn = column;
    advance(end);
    tokens.add(
        new Token(
            kind,
            new String(s, start, end - start),
            start,
            end,
            startLine,
            startColumn,
            line,
            column));
    return end;
  }

  /** Moves the line and column count forward to offset {@code target}. */
  private void advance(int target) {
    for (int i = counted; i < target; i++) {
      char c = s[i];
      if (c == '\n' || (c == '\r' && (i + 1 == s.length || s[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s[i - 1]))) {
        column++;
      }
    }
    counted = Math.max(counted, target);
  }
}
