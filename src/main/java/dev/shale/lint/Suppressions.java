package dev.shale.lint;

import dev.shale.sql.parse.Source;
import dev.shale.sql.parse.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- shale:ignore rule-id[, …]} comments before each statement (no ids: every rule) and
 * the {@code -- shale:ignore-file rule-id[, …]} comments of a file (also in {@code /* … *}{@code /}
 * form). They are read from the text between statements, where only comments and whitespace can be,
 * so a string or a function body never holds one.
 */
final class Suppressions {
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "shale:(ignore-file|ignore)\\b[ \\t]*([a-z0-9][a-z0-9-]*(?:[ \\t]*,[ \\t]*[a-z0-9][a-z0-9-]*)*)?");

  /**
   * One ignore comment.
   *
   * @param ids the rule ids it names; empty for every rule
   * @param statement the index of the statement it applies to, or -1 for the whole file
   */
  record Ignore(Span span, Set<String> ids, int statement) {
    boolean covers(String id) {
      return ids.isEmpty() || ids.contains(id);
    }
  }

  private Suppressions() {}

  static List<Ignore> read(String text, List<Source> statements) {
    LineIndex lines = new LineIndex(text);
    List<Ignore> ignores = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= statements.size(); i++) {
      int to =
          i < statements.size()
              ? lines.offset(statements.get(i).span().line(), statements.get(i).span().column())
              : text.length();
      scan(text, Math.max(0, Math.min(from, to)), to, i, lines, ignores);
      if (i < statements.size()) {
        Span span = statements.get(i).span();
        from = lines.offset(span.endLine(), span.endColumn());
      }
    }
    return ignores;
  }

  private static void scan(
      String text, int from, int to, int statement, LineIndex lines, List<Ignore> out) {
    int i = from;
    while (i < to - 1) {
      int end;
      if (text.startsWith("--", i)) {
        end = text.indexOf('\n', i);
        end = end < 0 || end > to ? to : end;
      } else if (text.startsWith("/*", i)) {
        end = text.indexOf("*/", i + 2);
        end = end < 0 || end > to ? to : end + 2;
      } else {
        i++;
        continue;
      }
      Matcher m = DIRECTIVE.matcher(text.substring(i, end));
      while (m.find()) {
        Set<String> ids = new LinkedHashSet<>();
        if (m.group(2) != null) {
          for (String id : m.group(2).split(",")) {
            ids.add(id.strip());
          }
        }
        boolean file = m.group(1).equals("ignore-file");
        int at = i + m.start();
        int atEnd = i + m.end();
        Span span =
            new Span(lines.line(at), lines.column(at), lines.line(atEnd), lines.column(atEnd));
        out.add(new Ignore(span, ids, file ? -1 : statement));
      }
      i = end;
    }
  }

  /** Line and column (1-based, code points) of offsets, and back. */
  static final class LineIndex {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    LineIndex(String text) {
      this.text = text;
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
    }

    int offset(int line, int column) {
      if (line - 1 >= starts.size()) {
        return text.length();
      }
      int start = starts.get(line - 1);
      try {
        return text.offsetByCodePoints(start, column - 1);
      } catch (IndexOutOfBoundsException e) {
        return text.length();
      }
    }

    int line(int offset) {
      int lo = 0;
      int hi = starts.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid) <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo + 1;
    }

    int column(int offset) {
      int start = starts.get(line(offset) - 1);
      return text.codePointCount(start, offset) + 1;
    }
  }
}
