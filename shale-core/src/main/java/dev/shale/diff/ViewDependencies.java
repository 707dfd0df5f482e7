package dev.shale.diff;

import dev.shale.model.QualifiedName;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    return readPattern(name).matcher(query.toLowerCase(Locale.ROOT)).find();
  }

  /** The pattern {@link #reads} looks for, to be matched against the lower-cased query. */
  private static Pattern readPattern(QualifiedName name) {
    String relation = "\"?" + Pattern.quote(name.name().toLowerCase(Locale.ROOT)) + "\"?";
    String schema =
        "\"?" + Pattern.quote(name.schema().toLowerCase(Locale.ROOT)) + "\"?\\s*\\.\\s*";
    String qualifier = name.schema().equals("public") ? "(?:" + schema + ")?" : schema;
    return Pattern.compile(
        "(?<![A-Za-z0-9_$])(?:from|join)\\s+" + qualifier + relation + "(?![A-Za-z0-9_$.])");
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
    String word = column.toLowerCase(Locale.ROOT);
    String lower = lowerCased(query);
    if (!isIdentifierWord(word)) {
      Pattern pattern =
          Pattern.compile("(?<![A-Za-z0-9_$])\"?" + Pattern.quote(word) + "\"?(?![A-Za-z0-9_$])");
      return pattern.matcher(lower).find();
    }
    // A word of identifier characters matches, quoted or not, exactly where it stands between
    // two non-identifier characters: no pattern needed (callers ask this for each pair of a
    // query and a name, so compiling one each time was the cost).
    for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !isIdentifierChar(lower.charAt(at - 1)))
          && (end == lower.length() || !isIdentifierChar(lower.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** The last query lower-cased: callers ask about one query for many names in a row. */
  private static volatile String[] lastLowerCased = {"", ""};

  private static String lowerCased(String query) {
    String[] last = lastLowerCased;
    if (last[0] == query) {
      return last[1];
    }
    String lower = query.toLowerCase(Locale.ROOT);
    lastLowerCased = new String[] {query, lower};
    return lower;
  }

  private static boolean isIdentifierChar(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '_'
        || c == '$';
  }

  private static boolean isIdentifierWord(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!isIdentifierChar(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The maximal runs of identifier characters in a (lower-cased) text. */
  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && isIdentifierChar(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /**
   * Views sorted so that each comes after every other view it reads; ties by name. Repeatedly takes
   * the first view (by name) that reads no view still to place, or the first of all if a cycle
   * leaves none.
   */
  static List<View> order(List<View> views) {
    List<View> sorted = new ArrayList<>(views);
    sorted.sort((a, b) -> a.name().compareTo(b.name()));
    List<Set<Integer>> reads = readsAmong(sorted);
    int n = sorted.size();
    int[] unplaced = new int[n];
    List<List<Integer>> readers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      readers.add(new ArrayList<>());
    }
    TreeSet<Integer> ready = new TreeSet<>();
    TreeSet<Integer> remaining = new TreeSet<>();
    for (int v = 0; v < n; v++) {
      unplaced[v] = reads.get(v).size();
      for (int o : reads.get(v)) {
        readers.get(o).add(v);
      }
      remaining.add(v);
      if (unplaced[v] == 0) {
        ready.add(v);
      }
    }
    List<View> ordered = new ArrayList<>(n);
    while (!remaining.isEmpty()) {
      Integer next = ready.isEmpty() ? remaining.first() : ready.pollFirst();
      remaining.remove(next);
      ordered.add(sorted.get(next));
      for (int reader : readers.get(next)) {
        if (remaining.contains(reader) && --unplaced[reader] == 0) {
          ready.add(reader);
        }
      }
    }
    return ordered;
  }

  /**
   * For each view (by index), the other views (indexes) its query {@link #reads}. Each query is
   * lower-cased and cut into words once; only the views named by one of its words (or whose name is
   * not a plain word) are checked with the pattern.
   */
  private static List<Set<Integer>> readsAmong(List<View> views) {
    Map<String, List<Integer>> byWord = new HashMap<>();
    List<Integer> unusual = new ArrayList<>();
    for (int i = 0; i < views.size(); i++) {
      String word = views.get(i).name().name().toLowerCase(Locale.ROOT);
      if (isIdentifierWord(word)) {
        byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
      } else {
        unusual.add(i);
      }
    }
    Map<Integer, Pattern> patterns = new HashMap<>();
    List<Set<Integer>> reads = new ArrayList<>(views.size());
    for (int v = 0; v < views.size(); v++) {
      String query = views.get(v).query().toLowerCase(Locale.ROOT);
      Set<Integer> candidates = new TreeSet<>(unusual);
      for (String word : words(query)) {
        candidates.addAll(byWord.getOrDefault(word, List.of()));
      }
      Set<Integer> found = new HashSet<>();
      for (int o : candidates) {
        if (o != v
            && patterns
                .computeIfAbsent(o, k -> readPattern(views.get(k).name()))
                .matcher(query)
                .find()) {
          found.add(o);
        }
      }
      reads.add(found);
    }
    return reads;
  }
}
