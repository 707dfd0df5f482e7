package dev.shale.diff;

import dev.shale.model.QualifiedName;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which tables and views a view's query mentions, found by name (a query is not parsed), and the
 * order that creates every view after the views it reads.
 */
final class ViewDependencies {
  private ViewDependencies() {}

  /** Whether the text mentions the object's name as a word (whatever its schema). */
  static boolean mentions(String query, QualifiedName name) {
    return mentionsColumn(query, name.name());
  }

  /**
   * Whether the query reads {@code name} as a relation: after FROM or JOIN, qualified by its schema
   * unless that is public. Used to order views, where a word that merely looks like a view's name
   * (a column alias, say) must not count.
   */
  static boolean reads(String query, QualifiedName name) {
    String relation = "\"?" + Pattern.quote(name.name().toLowerCase(Locale.ROOT)) + "\"?";
    String schema =
        "\"?" + Pattern.quote(name.schema().toLowerCase(Locale.ROOT)) + "\"?\\s*\\.\\s*";
    String qualifier = name.schema().equals("public") ? "(?:" + schema + ")?" : schema;
    Pattern read =
        Pattern.compile(
            "(?<![A-Za-z0-9_$])(?:from|join)\\s+" + qualifier + relation + "(?![A-Za-z0-9_$.])");
    return read.matcher(query.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Whether the query selects {@code *} (or {@code t.*}), so it changes with its table's columns.
   */
  static boolean selectsStar(String query) {
    return Pattern.compile("(?:^|[\\s,(.])\\*(?:\\s|,|$)").matcher(query).find()
        || Pattern.compile("select\\s+\\*", Pattern.CASE_INSENSITIVE).matcher(query).find();
  }

  /** Whether the text mentions {@code column} as a word, quoted or not. */
  static boolean mentionsColumn(String query, String column) {
    Pattern word =
        Pattern.compile(
            "(?<![A-Za-z0-9_$])\"?"
                + Pattern.quote(column.toLowerCase(Locale.ROOT))
                + "\"?(?![A-Za-z0-9_$])");
    return word.matcher(query.toLowerCase(Locale.ROOT)).find();
  }

  /** Views sorted so that each comes after every other view it reads; ties by name. */
  static List<View> order(List<View> views) {
    List<View> remaining = new ArrayList<>(views);
    remaining.sort((a, b) -> a.name().compareTo(b.name()));
    List<View> ordered = new ArrayList<>();
    while (!remaining.isEmpty()) {
      View next =
          remaining.stream()
              .filter(v -> remaining.stream().noneMatch(o -> o != v && reads(v.query(), o.name())))
              .findFirst()
              .orElse(remaining.get(0));
      ordered.add(next);
      remaining.remove(next);
    }
    return ordered;
  }
}
