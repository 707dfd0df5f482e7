package dev.shale.lint.report;

import dev.shale.lint.Finding;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.Span;
import java.io.IOException;

/**
 * The human format: per finding {@code file:line:col: severity[rule-id] message}, the source lines
 * of its span with a caret line under each ({@code ^^^}), why it matters and the safer alternative;
 * then the summary. Tabs in source lines are expanded so that the carets line up in any terminal.
 * Colour (ANSI) only when asked for.
 */
public final class TextReporter implements Reporter {
  static final int TAB_WIDTH = 4;

  /** Spans over more lines than this show their first and last lines only. */
  static final int MAX_LINES = 6;

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BLUE = "\u001b[34m";

  private final boolean colour;

  public TextReporter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(LintReport report, Appendable out) throws IOException {
    java.util.Map<String, SourceLines> lines = new java.util.HashMap<>();
    for (Finding finding : report.findings()) {
      String text = report.textOf(finding.file());
      writeFinding(
          finding,
          text == null ? null : lines.computeIfAbsent(finding.file(), f -> new SourceLines(text)),
          out);
      out.append('\n');
    }
    out.append(paint(BOLD, report.summary())).append('\n');
  }

  private void writeFinding(Finding finding, SourceLines fileLines, Appendable out)
      throws IOException {
    Span span = finding.span();
    String severityColour = finding.severity() == Rule.Severity.ERROR ? RED : YELLOW;
    out.append(paint(BOLD, finding.file() + ":" + span.line() + ":" + span.column() + ":"))
        .append(' ')
        .append(paint(BOLD + severityColour, finding.severity().label()))
        .append(paint(BOLD, "[" + finding.rule().id() + "]"))
        .append(' ')
        .append(finding.message())
        .append('\n');
    if (fileLines != null) {
      excerpt(fileLines, span, severityColour, out);
    } else if (finding.statement() != null && !finding.statement().isBlank()) {
      statementOnly(finding.statement(), out);
    }
    labelled("why", finding.rule().why(), out);
    labelled("safer", finding.saferAlternative(), out);
    if (finding.origin() == Finding.Origin.TRACE) {
      labelled("found by", "the trace, on a real server", out);
    }
  }

  private void excerpt(SourceLines lines, Span span, String severityColour, Appendable out)
      throws IOException {
    int first = Math.min(span.line(), lines.count());
    int last = Math.max(first, Math.min(SourceLines.lastLine(span), lines.count()));
    int width = String.valueOf(last).length();
    String blankGutter = paint(BLUE, "  " + " ".repeat(width) + " |");
    for (int l = first; l <= last; l++) {
      if (last - first + 1 > MAX_LINES && l == first + MAX_LINES / 2) {
        out.append(blankGutter).append(" …\n");
        l = last - (MAX_LINES / 2 - 1) - 1;
        continue;
      }
      String raw = lines.line(l);
      String shown = expandTabs(raw);
      out.append(paint(BLUE, "  " + pad(l, width) + " |"));
      out.append(shown.isEmpty() ? "" : " " + shown).append('\n');
      int from = l == span.line() ? span.column() : firstNonBlank(raw);
      int to = l == span.endLine() ? span.endColumn() : SourceLines.codePoints(raw) + 1;
      int start = displayColumn(raw, from);
      int end = displayColumn(raw, to);
      if (end <= start) {
        if (span.line() != span.endLine()) {
          continue;
        }
        end = start + 1;
      }
      out.append(blankGutter)
          .append(' ')
          .append(" ".repeat(start - 1))
          .append(paint(severityColour, "^".repeat(end - start)))
          .append('\n');
    }
  }

  private void statementOnly(String statement, Appendable out) throws IOException {
    String[] lines = statement.split("\r\n|\r|\n", -1);
    int shown = Math.min(lines.length, MAX_LINES);
    for (int i = 0; i < shown; i++) {
      out.append(paint(BLUE, "    |")).append(' ').append(expandTabs(lines[i])).append('\n');
    }
    if (shown < lines.length) {
      out.append(paint(BLUE, "    |")).append(" …\n");
    }
  }

  private void labelled(String label, String text, Appendable out) throws IOException {
    String prefix = "  " + label + ": ";
    String[] lines = text.split("\r\n|\r|\n", -1);
    out.append("  ").append(paint(BOLD, label + ":")).append(' ').append(lines[0]).append('\n');
    for (int i = 1; i < lines.length; i++) {
      out.append(" ".repeat(prefix.length())).append(lines[i]).append('\n');
    }
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }

  private static String pad(int number, int width) {
    String s = String.valueOf(number);
    return " ".repeat(width - s.length()) + s;
  }

  /** The column of the first character that is not a space or tab (past the end if none). */
  private static int firstNonBlank(String line) {
    int column = 1;
    for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
      int c = line.codePointAt(i);
      if (c != ' ' && c != '\t') {
        return column;
      }
      column++;
    }
    return column;
  }

  /** Where code point column {@code column} of {@code line} is shown once tabs are expanded. */
  static int displayColumn(String line, int column) {
    int shown = 1;
    int col = 1;
    for (int i = 0; i < line.length() && col < column; i = line.offsetByCodePoints(i, 1), col++) {
      shown += line.codePointAt(i) == '\t' ? TAB_WIDTH - (shown - 1) % TAB_WIDTH : 1;
    }
    return shown + Math.max(0, column - col);
  }

  static String expandTabs(String line) {
    if (line.indexOf('\t') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
      int c = line.codePointAt(i);
      if (c == '\t') {
        int spaces = TAB_WIDTH - shown % TAB_WIDTH;
        out.append(" ".repeat(spaces));
        shown += spaces;
      } else {
        out.appendCodePoint(c);
        shown++;
      }
    }
    return out.toString();
  }
}
