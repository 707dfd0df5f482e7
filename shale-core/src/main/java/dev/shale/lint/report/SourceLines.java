package dev.shale.lint.report;

import dev.shale.sql.parse.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's text cut into lines as the parser counts them ({@code \n}, {@code \r\n} and a lone
 * {@code \r} end a line; a leading byte order mark is not part of line 1), with columns counted in
 * code points, 1-based.
 */
final class SourceLines {
  private final List<String> lines;

  SourceLines(String text) {
    List<String> cut = new ArrayList<>();
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int n = text.length();
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        cut.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    cut.add(text.substring(start));
    this.lines = cut;
  }

  int count() {
    return lines.size();
  }

  /** Line {@code number} (1-based) without its line end, or "" past the end of the file. */
  String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  /**
   * The span's last line, once a span that ends at column 1 of a later line (just past a line end)
   * is taken to end on the line before.
   */
  static int lastLine(Span span) {
    return span.endLine() > span.line() && span.endColumn() <= 1
        ? span.endLine() - 1
        : span.endLine();
  }

  /** The text under {@code span}, its lines joined with {@code \n}; "" where it is out of range. */
  String text(Span span) {
    StringBuilder out = new StringBuilder();
    int last = Math.min(lastLine(span), lines.size());
    for (int l = span.line(); l <= last; l++) {
      String line = line(l);
      int from = l == span.line() ? span.column() : 1;
      int to = l == span.endLine() ? span.endColumn() : codePoints(line) + 1;
      if (l > span.line()) {
        out.append('\n');
      }
      out.append(slice(line, from, to));
    }
    return out.toString();
  }

  static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Columns {@code from} (inclusive) to {@code to} (exclusive) of {@code line}, clamped. */
  static String slice(String line, int from, int to) {
    int length = codePoints(line);
    int a = Math.max(1, Math.min(from, length + 1));
    int b = Math.max(a, Math.min(to, length + 1));
    return line.substring(line.offsetByCodePoints(0, a - 1), line.offsetByCodePoints(0, b - 1));
  }
}
