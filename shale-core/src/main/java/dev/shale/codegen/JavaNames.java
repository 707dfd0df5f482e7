package dev.shale.codegen;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Java names for SQL names: constants ({@code USER_ID} for {@code "userId"}, {@code user id} or
 * {@code user_id}) and class names ({@code BillingSchema}). Any SQL name gives a valid Java
 * identifier; the SQL name itself stays exact in the string the DSL receives.
 */
final class JavaNames {
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  private JavaNames() {}

  /**
   * The words of a name: split at anything that is not a letter or digit, and where a lower-case
   * letter or digit meets an upper-case one ({@code userId}) or an acronym ends ({@code
   * HTTPServer}). Accents are dropped ({@code café} is {@code cafe}); letters of other scripts are
   * kept.
   */
  static java.util.List<String> words(String sqlName) {
    String plain = Normalizer.normalize(sqlName.replace("ß", "ss"), Normalizer.Form.NFD);
    plain = MARKS.matcher(plain).replaceAll("");
    java.util.List<String> words = new java.util.ArrayList<>();
    StringBuilder word = new StringBuilder();
    int[] cps = plain.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (!Character.isLetterOrDigit(c) || !Character.isJavaIdentifierPart(c)) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0 && Character.isUpperCase(c)) {
        int previous = cps[i - 1];
        boolean afterLower = Character.isLowerCase(previous) || Character.isDigit(previous);
        boolean acronymEnd =
            Character.isUpperCase(previous)
                && i + 1 < cps.length
                && Character.isLowerCase(cps[i + 1]);
        if (afterLower || acronymEnd) {
          flush(word, words);
        }
      }
      word.appendCodePoint(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, java.util.List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /**
   * {@code USER_ID}: the words in upper case joined by underscores; {@code _2FA_CODES} when it
   * would start with a digit; {@code fallback} when the name has no letters or digits. Upper case
   * never collides with Java's keywords and literals, which are all lower case.
   */
  static String constant(String sqlName, String fallback) {
    String joined = String.join("_", words(sqlName)).toUpperCase(Locale.ROOT);
    if (joined.isEmpty()) {
      return fallback;
    }
    return Character.isJavaIdentifierStart(joined.codePointAt(0)) ? joined : "_" + joined;
  }

  /** {@code BillingSchema} for {@code billing}, {@code Schema2fa} for {@code 2fa}. */
  static String schemaClass(String schemaName) {
    StringBuilder pascal = new StringBuilder();
    for (String word : words(schemaName)) {
      pascal.append(word.substring(0, 1).toUpperCase(Locale.ROOT));
      pascal.append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    if (pascal.length() == 0) {
      return "Schema";
    }
    return Character.isJavaIdentifierStart(pascal.codePointAt(0))
        ? pascal + "Schema"
        : "Schema" + pascal;
  }

  /** {@code usersParts} for {@code USERS}: a method name made from a constant name. */
  static String method(String constant, String suffix) {
    StringBuilder camel = new StringBuilder();
    for (String word : constant.split("_")) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (camel.length() == 0) {
        camel.append(lower);
      } else {
        camel.append(lower.substring(0, 1).toUpperCase(Locale.ROOT)).append(lower.substring(1));
      }
    }
    if (camel.length() == 0 || !Character.isJavaIdentifierStart(camel.codePointAt(0))) {
      camel.insert(0, "of");
    }
    return camel + suffix;
  }

  /** Hands out names, numbering one that is taken ({@code USERS}, {@code USERS_2}). */
  static final class Allocator {
    private final Set<String> taken = new HashSet<>();
    private final String separator;

    Allocator(String separator, Set<String> reserved) {
      this.separator = separator;
      taken.addAll(reserved);
    }

    String allocate(String wanted) {
      String name = wanted;
      for (int n = 2; !taken.add(name); n++) {
        name = wanted + separator + n;
      }
      return name;
    }
  }
}
