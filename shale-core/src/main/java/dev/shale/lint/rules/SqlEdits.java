package dev.shale.lint.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small edits of a statement's own text, for the safer SQL a finding suggests. */
final class SqlEdits {
  private SqlEdits() {}

  /**
   * The statement with {@code words} inserted after the first occurrence of {@code keyword} among
   * its leading words (which hold no strings or comments in the statements this is used on).
   */
  static String insertAfterKeyword(String sql, String keyword, String words) {
    Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(keyword) + "\\b").matcher(sql);
    if (!m.find()) {
      return null;
    }
    return sql.substring(0, m.end()) + " " + words + sql.substring(m.end()) + ";";
  }
}
