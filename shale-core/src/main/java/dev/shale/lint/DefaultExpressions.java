package dev.shale.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a column default as far as the fast-default rule needs: whether PostgreSQL (11+) can store
 * it once instead of writing it into every row. That holds when the expression is not VOLATILE. The
 * linter has no catalog, so it proves non-volatility from what it knows: literals, casts,
 * operators, the SQL value keywords ({@code CURRENT_TIMESTAMP}, {@code CURRENT_USER}, …) and a list
 * of built-in functions that are STABLE or IMMUTABLE. Anything else (a user function, an unknown
 * built-in) is not proven and counts as volatile: the finding says which call it could not prove.
 */
public final class DefaultExpressions {
  private DefaultExpressions() {}

  /** Built-in functions known VOLATILE: their defaults rewrite the table. */
  static final Set<String> VOLATILE =
      Set.of(
          "random",
          "random_normal",
          "gen_random_uuid",
          "uuidv4",
          "uuidv7",
          "uuid_generate_v1",
          "uuid_generate_v1mc",
          "uuid_generate_v4",
          "clock_timestamp",
          "timeofday",
          "nextval",
          "setval",
          "txid_current",
          "pg_current_xact_id");

  /** Built-in functions that are STABLE or IMMUTABLE and common in defaults. */
  static final Set<String> NOT_VOLATILE =
      Set.of(
          "now",
          "transaction_timestamp",
          "statement_timestamp",
          "current_setting",
          "current_date",
          "lower",
          "upper",
          "length",
          "char_length",
          "octet_length",
          "coalesce",
          "nullif",
          "greatest",
          "least",
          "abs",
          "round",
          "trunc",
          "floor",
          "ceil",
          "ceiling",
          "concat",
          "concat_ws",
          "trim",
          "btrim",
          "ltrim",
          "rtrim",
          "lpad",
          "rpad",
          "repeat",
          "replace",
          "substring",
          "substr",
          "left",
          "right",
          "md5",
          "to_char",
          "to_date",
          "to_timestamp",
          "to_number",
          "date_trunc",
          "date_part",
          "extract",
          "make_date",
          "make_time",
          "make_timestamp",
          "make_timestamptz",
          "make_interval",
          "timezone",
          "json_build_object",
          "jsonb_build_object",
          "json_build_array",
          "jsonb_build_array",
          "to_json",
          "to_jsonb",
          "array_fill",
          "cast",
          "current_schema",
          "current_database",
          "current_user",
          "session_user");

  /** Words that may stand alone in a non-volatile default. */
  private static final Set<String> WORDS =
      Set.of(
          "true",
          "false",
          "null",
          "current_timestamp",
          "current_date",
          "current_time",
          "localtime",
          "localtimestamp",
          "current_user",
          "current_role",
          "session_user",
          "user",
          "current_schema",
          "current_catalog",
          "and",
          "or",
          "not",
          "is",
          "distinct",
          "from",
          "in",
          "between",
          "like",
          "ilike",
          "case",
          "when",
          "then",
          "else",
          "end",
          "array",
          "as",
          "collate",
          "at",
          "time",
          "zone",
          "interval",
          "date",
          "timestamp",
          "timestamptz",
          "with",
          "without",
          "year",
          "month",
          "day",
          "hour",
          "minute",
          "second",
          "to",
          "both",
          "leading",
          "trailing",
          "for");

  /**
   * The first call or word of {@code expression} that is not proven non-volatile, as written (e.g.
   * {@code gen_random_uuid()}), or null when the whole default is proven STABLE or IMMUTABLE.
   */
  public static String unprovenVolatile(String expression) {
    List<String> tokens = tokens(expression);
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.equals("::")) {
        i = skipType(tokens, i + 1) - 1;
        continue;
      }
      if (!isWord(t)) {
        continue;
      }
      String word =
          t.startsWith("\"") ? t.substring(1, t.length() - 1) : t.toLowerCase(Locale.ROOT);
      boolean qualified = i + 1 < tokens.size() && tokens.get(i + 1).equals(".");
      if (qualified) {
        if (!word.equals("pg_catalog")) {
          return t + "." + (i + 2 < tokens.size() ? tokens.get(i + 2) : "") + "()";
        }
        i++;
        continue;
      }
      boolean call = i + 1 < tokens.size() && tokens.get(i + 1).equals("(");
      if (call) {
        if (VOLATILE.contains(word) || !NOT_VOLATILE.contains(word)) {
          return t + "()";
        }
      } else if (!WORDS.contains(word)) {
        return t;
      }
    }
    return null;
  }

  /** Whether the default is known VOLATILE (not merely unproven). */
  public static boolean knownVolatile(String expression) {
    String first = unprovenVolatile(expression);
    return first != null
        && first.endsWith("()")
        && VOLATILE.contains(
            first.substring(0, first.length() - 2).toLowerCase(Locale.ROOT).replace("\"", ""));
  }

  /** Whether the default is NULL (no value at all: never a rewrite). */
  public static boolean isNull(String expression) {
    String e = CheckExpressions.stripParens(expression).strip().toLowerCase(Locale.ROOT);
    return e.equals("null") || e.startsWith("null::");
  }

  private static int skipType(List<String> tokens, int i) {
    while (i < tokens.size()) {
      String t = tokens.get(i);
      if (isWord(t) || t.equals(".")) {
        i++;
      } else if (t.equals("(")) {
        int depth = 0;
        while (i < tokens.size()) {
          if (tokens.get(i).equals("(")) {
            depth++;
          } else if (tokens.get(i).equals(")") && --depth == 0) {
            break;
          }
          i++;
        }
        i++;
      } else if (t.equals("[") && i + 1 < tokens.size() && tokens.get(i + 1).equals("]")) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isWord(String t) {
    char c = t.charAt(0);
    return Character.isLetter(c) || c == '_' || c == '"';
  }

  /** Words, quoted names, numbers, strings (as one token), {@code ::} and single symbols. */
  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < n) {
          if (text.charAt(j) == c) {
            if (j + 1 < n && text.charAt(j + 1) == c) {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        out.add(c == '"' ? text.substring(i, Math.min(j + 1, n)) : "'");
        i = j + 1;
      } else if (c == '$'
          && i + 1 < n
          && (text.charAt(i + 1) == '$' || Character.isLetter(text.charAt(i + 1)))) {
        int tagEnd = text.indexOf('$', i + 1);
        if (tagEnd < 0) {
          return out;
        }
        String tag = text.substring(i, tagEnd + 1);
        int close = text.indexOf(tag, tagEnd + 1);
        out.add("'");
        i = close < 0 ? n : close + tag.length();
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n
            && (Character.isLetterOrDigit(text.charAt(j))
                || text.charAt(j) == '_'
                || text.charAt(j) == '$')) {
          j++;
        }
        // E'…', B'…', X'…', U&'…' are strings.
        if (j < n && text.charAt(j) == '\'' && j - i <= 2) {
          i = j;
          continue;
        }
        out.add(text.substring(i, j));
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.')) {
          j++;
        }
        out.add("0");
        i = j;
      } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
        out.add("::");
        i += 2;
      } else {
        out.add(String.valueOf(c));
        i++;
      }
    }
    return out;
  }
}
