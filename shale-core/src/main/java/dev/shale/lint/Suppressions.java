package dev.shale.lint;

import dev.shale.sql.parse.Source;
import dev.shale.sql.parse.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ignore comments of a file. A comment is one when its text starts with the directive (after
 * {@code --} or {@code /*} and spaces): {@code -- shale:ignore rule-id[, …]} applies to the next
 * statement, or to the statement it trails on that statement's last line; {@code -- shale:ignore}
 * alone applies every rule; {@code -- shale:ignore-file rule-id[, …]} applies to the whole file. A
 * reason may follow the ids after {@code --}. A directive that cannot be read, or that sits inside
 * a statement, ignores nothing and is reported. Strings, quoted identifiers and dollar-quoted
 * bodies never hold one.
 */
final class Suppressions {
  private static final Pattern DIRECTIVE =
      Pattern.compile("(?i)shale:ignore(-file)?(?=\\s|$)(.*)", Pattern.DOTALL);
  private static final Pattern IDS =
      Pattern.compile(
          "([A-Za-z][A-Za-z0-9_-]*(?:\\s*,\\s*[A-Za-z][A-Za-z0-9_-]*)*)(?:\\s+--.*)?",
          Pattern.DOTALL);
  private static final Pattern DOLLAR_TAG =
      Pattern.compile("\\$(?:[A-Za-z_\\u0080-\\uffff][A-Za-z0-9_\\u0080-\\uffff]*)?\\$");

  /** Where an ignore comment sits, which decides what it applies to. */
  enum Placement {
    /** before a statement: that statement */
    BEFORE,
    /** after a statement on its last line: that statement */
    TRAILING,
    /** shale:ignore-file: the whole file */
    FILE,
    /** inside a statement's text: nothing */
    INSIDE
  }

  /**
   * One ignore comment.
   *
   * @param ids the rule ids it names (lower case); empty for every rule
   * @param statement the index of the statement it applies to (-1 for the whole file)
   * @param problem why the comment could not be read (it ignores nothing), or null
   */
  record Ignore(Span span, Set<String> ids, int statement, Placement placement, String problem) {
    boolean covers(String id) {
      return problem == null
          && placement != Placement.INSIDE
          && (ids.isEmpty() || ids.contains(id));
    }

    boolean wholeFile() {
      return placement == Placement.FILE;
    }
  }

  private Suppressions() {}

  static List<Ignore> read(String text, List<Source> statements) {
    if (!text.contains("shale:ignore")) {
      return List.of();
    }
    LineIndex lines = new LineIndex(text);
    List<Ignore> ignores = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= statements.size(); i++) {
      int to =
          i < statements.size()
              ? lines.offset(statements.get(i).span().line(), statements.get(i).span().column())
              : text.length();
      int previous = i;
      Span previousSpan = i > 0 ? statements.get(i - 1).span() : null;
      Span nextSpan = i < statements.size() ? statements.get(i).span() : null;
      for (Comment c : comments(text, Math.max(0, Math.min(from, to)), to)) {
        Ignore ignore = directive(text, c, lines, previous, Placement.BEFORE);
        if (ignore == null) {
          continue;
        }
        if (previousSpan != null
            && ignore.placement() == Placement.BEFORE
            && lines.line(c.start()) == previousSpan.endLine()
            && (nextSpan == null || nextSpan.line() != lines.line(c.end()))) {
          ignore =
              new Ignore(ignore.span(), ignore.ids(), i - 1, Placement.TRAILING, ignore.problem());
        }
        ignores.add(ignore);
      }
      if (i < statements.size()) {
        Span span = statements.get(i).span();
        from = lines.offset(span.endLine(), span.endColumn());
        for (Comment c : comments(text, Math.min(to, from), from)) {
          Ignore ignore = directive(text, c, lines, i, Placement.INSIDE);
          if (ignore != null) {
            ignores.add(
                new Ignore(ignore.span(), ignore.ids(), i, Placement.INSIDE, ignore.problem()));
          }
        }
      }
    }
    return ignores;
  }

  /**
   * A comment: {@code start}/{@code end} enclose it all, {@code bodyStart}/{@code bodyEnd} its text
   * without the {@code --}, {@code /*} and {@code *}{@code /}.
   */
  private record Comment(int start, int end, int bodyStart, int bodyEnd) {}

  /** The comments in text[from, to), skipping strings, quoted identifiers and dollar quotes. */
  private static List<Comment> comments(String text, int from, int to) {
    List<Comment> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '-' && text.startsWith("--", i)) {
        int end = text.indexOf('\n', i);
        end = end < 0 || end > to ? to : end;
        out.add(new Comment(i, end, i + 2, end));
        i = end;
      } else if (c == '/' && text.startsWith("/*", i)) {
        int depth = 1;
        int j = i + 2;
        while (j < to && depth > 0) {
          if (text.startsWith("/*", j)) {
            depth++;
            j += 2;
          } else if (text.startsWith("*/", j)) {
            depth--;
            j += 2;
          } else {
            j++;
          }
        }
        int bodyEnd = depth == 0 ? j - 2 : to;
        out.add(new Comment(i, Math.min(j, to), i + 2, bodyEnd));
        i = Math.min(j, to);
      } else if (c == '\'') {
        boolean backslash = i > from && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e');
        i = skipQuoted(text, i, to, '\'', backslash);
      } else if (c == '"') {
        i = skipQuoted(text, i, to, '"', false);
      } else if (c == '$' && (i == from || !identifierChar(text.charAt(i - 1)))) {
        Matcher m = DOLLAR_TAG.matcher(text).region(i, to);
        if (m.lookingAt()) {
          int close = text.indexOf(m.group(), m.end());
          i = close < 0 || close >= to ? to : close + m.group().length();
        } else {
          i++;
        }
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean identifierChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static int skipQuoted(String text, int i, int to, char quote, boolean backslash) {
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      if (backslash && c == '\\') {
        j += 2;
      } else if (c == quote) {
        if (j + 1 < to && text.charAt(j + 1) == quote) {
          j += 2;
        } else {
          return j + 1;
        }
      } else {
        j++;
      }
    }
    return to;
  }

  /** The ignore directive a comment holds, or null when it holds none. */
  private static Ignore directive(
      String text, Comment c, LineIndex lines, int statement, Placement placement) {
    String body = text.substring(c.bodyStart(), c.bodyEnd()).strip();
    if (!body.regionMatches(true, 0, "shale:ignore", 0, "shale:ignore".length())) {
      return null;
    }
    int at = c.start();
    int atEnd = c.end();
    Span span = new Span(lines.line(at), lines.column(at), lines.line(atEnd), lines.column(atEnd));
    Matcher m = DIRECTIVE.matcher(body);
    if (!m.matches()) {
      return new Ignore(
          span,
          Set.of(),
          statement,
          placement,
          "write shale:ignore or shale:ignore-file, then a space and the rule ids");
    }
    boolean file = m.group(1) != null;
    String args = m.group(2).strip();
    Placement where = file && placement != Placement.INSIDE ? Placement.FILE : placement;
    int target = where == Placement.FILE ? -1 : statement;
    if (args.isEmpty()) {
      return file
          ? new Ignore(span, Set.of(), target, where, "shale:ignore-file needs the rule ids")
          : new Ignore(span, Set.of(), target, where, null);
    }
    Matcher ids = IDS.matcher(args);
    if (!ids.matches()) {
      return new Ignore(
          span,
          Set.of(),
          target,
          where,
          "after shale:ignore"
              + (file ? "-file" : "")
              + " come rule ids separated by commas (and a reason after --)");
    }
    Set<String> names = new LinkedHashSet<>();
    for (String id : ids.group(1).split(",")) {
      names.add(id.strip().toLowerCase(Locale.ROOT));
    }
    return new Ignore(span, names, target, where, null);
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
