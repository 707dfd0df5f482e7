package dev.shale.sql.parse;

import java.util.Locale;

/**
 * One token of a statement: its kind, its text as written and where it is. Positions are 1-based;
 * {@code endColumn} is the column just past the token's last character (exclusive), as SARIF
 * regions count. {@code start} and {@code end} are offsets into the statement's text.
 */
record Token(
    Token.Kind kind,
    String text,
    int start,
    int end,
    int line,
    int column,
    int endLine,
    int endColumn) {

  enum Kind {
    /** An unquoted word: a keyword or an identifier, to be folded to lower case. */
    WORD,
    /** {@code "..."} or {@code U&"..."}: an identifier kept as written. */
    QUOTED_IDENT,
    /** {@code '...'}, {@code E'...'}, {@code N'...'}, {@code U&'...'}. */
    STRING,
    /** {@code B'...'} or {@code X'...'}. */
    BIT_STRING,
    /** {@code $tag$...$tag$}. */
    DOLLAR_STRING,
    NUMBER,
    /** {@code $1}. */
    PARAM,
    /** Punctuation and operators: {@code ( ) [ ] , ; . ::} and runs of operator characters. */
    SYMBOL
  }

  /** Whether this is the unquoted word {@code keyword} (given in lower case), in any case. */
  boolean is(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  boolean isSymbol(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  /** An unquoted word's text in upper case, for kinds and dumps. */
  String upper() {
    return text.toUpperCase(Locale.ROOT);
  }

  Span span() {
    return new Span(line, column, endLine, endColumn);
  }
}
