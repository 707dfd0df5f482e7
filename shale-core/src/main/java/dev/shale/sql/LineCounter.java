package dev.shale.sql;

/**
 * Turns offsets into a script into 1-based lines and columns. Offsets are asked for in increasing
 * order, so the counter only moves forward and the whole script is counted once.
 *
 * <p>A line ends at {@code \n}, at {@code \r\n} (counted once) and at a lone {@code \r}. Columns
 * count code points, so that a character outside the BMP is one column, as in PostgreSQL's error
 * positions.
 */
final class LineCounter {
  private final char[] text;
  private final int origin;
  private int offset;
  private int line;
  private int column;

  LineCounter(char[] text, int origin) {
    this.text = text;
    this.origin = origin;
    restart();
  }

  /** Moves to {@code target} (an offset into the text) and returns this counter. */
  LineCounter at(int target) {
    if (target < offset) {
      restart();
    }
    for (int i = offset; i < target; i++) {
      char c = text[i];
      if (c == '\n' || (c == '\r' && (i + 1 == text.length || text[i + 1] != '\n'))) {
        line++;
        column = 0;
      } else if (!(Character.isLowSurrogate(c)
          && i > 0
          && Character.isHighSurrogate(text[i - 1]))) {
        column++;
      }
    }
    offset = target;
    return this;
  }

  int line() {
    return line;
  }

  int column() {
    return column + 1;
  }

  private void restart() {
    offset = origin;
    line = 1;
    column = 0;
  }
}
