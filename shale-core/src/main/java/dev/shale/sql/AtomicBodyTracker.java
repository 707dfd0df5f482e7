package dev.shale.sql;

import java.util.Arrays;

/**
 * Knows whether a semicolon is inside a SQL-standard routine body ({@code BEGIN ATOMIC ... END}),
 * by psql's own heuristic: once a statement starts with {@code CREATE [OR REPLACE]
 * FUNCTION|PROCEDURE}, each {@code BEGIN} outside parentheses opens a block, each {@code CASE}
 * inside a block opens one too (it also ends with {@code END}), and each {@code END} closes one.
 * Only unquoted words count; the caller feeds them in order and resets at each statement end.
 */
final class AtomicBodyTracker {
  private static final byte OTHER = 0;
  private static final byte CREATE = 1;
  private static final byte OR = 2;
  private static final byte REPLACE = 3;
  private static final byte ROUTINE = 4;

  private final byte[] leadingWords = new byte[4];
  private int words;
  private boolean inRoutineHeader;
  private int depth;

  /** Forgets the statement that just ended. */
  void reset() {
    Arrays.fill(leadingWords, OTHER);
    words = 0;
    inRoutineHeader = false;
    depth = 0;
  }

  /** True while a semicolon belongs to a routine body rather than ending the statement. */
  boolean insideBody() {
    return depth > 0;
  }

  /** Takes the unquoted word {@code text[from, to)}, found at the given parenthesis depth. */
  void word(char[] text, int from, int to, int parenDepth) {
    if (words < leadingWords.length) {
      leadingWords[words] = leadingKind(text, from, to);
      inRoutineHeader = startsRoutine();
    }
    words++;
    if (!inRoutineHeader || parenDepth > 0) {
      return;
    }
    if (is(text, from, to, "begin")) {
      depth++;
    } else if (is(text, from, to, "case")) {
      if (depth > 0) {
        depth++;
      }
    } else if (is(text, from, to, "end") && depth > 0) {
      depth--;
    }
  }

  private boolean startsRoutine() {
    byte[] w = leadingWords;
    return w[0] == CREATE
        && (w[1] == ROUTINE || (w[1] == OR && w[2] == REPLACE && w[3] == ROUTINE));
  }

  private static byte leadingKind(char[] text, int from, int to) {
    if (is(text, from, to, "create")) {
      return CREATE;
    } else if (is(text, from, to, "or")) {
      return OR;
    } else if (is(text, from, to, "replace")) {
      return REPLACE;
    } else if (is(text, from, to, "function") || is(text, from, to, "procedure")) {
      return ROUTINE;
    }
    return OTHER;
  }

  /** ASCII case-insensitive comparison with a lower-case keyword, as pg_strcasecmp does. */
  private static boolean is(char[] text, int from, int to, String keyword) {
    if (to - from != keyword.length()) {
      return false;
    }
    for (int i = 0; i < keyword.length(); i++) {
      char c = text[from + i];
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != keyword.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
