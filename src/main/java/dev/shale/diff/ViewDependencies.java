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

  static boolean mentions(String query, QualifiedName name) {
    String bare = Pattern.quote(name.name().toLowerCase(Locale.ROOT));
    Pattern word = Pattern.compile("(?<![A-Za-z0-9_$])\"?" + bare + "\"?(?![A-Za-z0-9_$])");
    return word.matcher(query.toLowerCase(Locale.ROOT)).find();
  }

  /** Views sorted so that each comes after every other view it mentions; ties by name. */
  static List<View> order(List<View> views) {
    List<View> remaining = new ArrayList<>(views);
    remaining.sort((a, b) -> a.name().compareTo(b.name()));
    List<View> ordered = new ArrayList<>();
    while (!remaining.isEmpty()) {
      View next =
          remaining.stream()
              .filter(
                  v -> remaining.stream().noneMatch(o -> o != v && mentions(v.query(), o.name())))
              .findFirst()
              .orElse(remaining.get(0));
      ordered.add(next);
      remaining.remove(next);
    }
    return ordered;
  }
}
