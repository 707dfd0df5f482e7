package dev.shale.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.QualifiedName;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The view order and the word tests give what their pattern-per-pair versions (kept here as the
 * reference) gave, on random views whose queries read, mention, quote, qualify and cycle through
 * each other's names.
 */
class ViewDependenciesTest {
  private static final String[] SCHEMAS = {"public", "app", "Mixed"};
  private static final String[] NAMES = {
    "v", "v1", "orders", "Orders", "order_totals", "x$y", "a b", "é", "v.w", "from", "k"
  };
  private static final String[] WORDS = {
    "select", "from", "join", "FROM", "where", ",", ".", "*", "\"", " ", "\n", "(", ")", "as", "1"
  };

  @Property(tries = 300)
  void orderIsTheReferenceOrder(@ForAll long seed) {
    Random random = new Random(seed);
    List<View> views = new ArrayList<>();
    int count = 1 + random.nextInt(12);
    for (int i = 0; i < count; i++) {
      views.add(
          new View(
              new QualifiedName(pick(random, SCHEMAS), pick(random, NAMES) + suffix(random)),
              query(random),
              false,
              null));
    }
    assertThat(ViewDependencies.order(views)).containsExactlyElementsOf(referenceOrder(views));
  }

  @Property(tries = 500)
  void mentionsColumnIsTheReferenceTest(@ForAll long seed) {
    Random random = new Random(seed);
    String query = query(random);
    String column = random.nextInt(4) == 0 ? pick(random, WORDS) : pick(random, NAMES);
    assertThat(ViewDependencies.mentionsColumn(query, column))
        .as("%s in %s", column, query)
        .isEqualTo(referenceMentionsColumn(query, column));
  }

  @Test
  void readsOnlyAfterFromOrJoin() {
    View totals = view("public", "totals", "select sum(t.n) as orders from public.orders t");
    View orders = view("public", "orders", "select 1 as n");
    View report = view("app", "report", "select * from totals join \"app\".\"extra\" e on true");
    View extra = view("app", "extra", "select orders from totals");
    assertThat(ViewDependencies.order(List.of(totals, orders, report, extra)))
        .containsExactly(orders, totals, extra, report);
  }

  @Test
  void aCycleIsBrokenAtTheFirstName() {
    View a = view("public", "a", "select * from b");
    View b = view("public", "b", "select * from a");
    View c = view("public", "c", "select * from a");
    assertThat(ViewDependencies.order(List.of(c, b, a))).containsExactly(a, b, c);
  }

  private static View view(String schema, String name, String query) {
    return new View(new QualifiedName(schema, name), query, false, null);
  }

  private static String query(Random random) {
    StringBuilder query = new StringBuilder("select * ");
    int parts = random.nextInt(10);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(5)) {
        case 0 -> query.append(pick(random, new String[] {" from ", " JOIN ", " join\n"}));
        case 1 ->
            query.append(pick(random, SCHEMAS)).append(pick(random, new String[] {".", " . "}));
        case 2 -> query.append(random.nextBoolean() ? "\"" : "").append(pick(random, NAMES));
        case 3 -> query.append(pick(random, NAMES)).append(suffix(random));
        default -> query.append(pick(random, WORDS));
      }
    }
    return query.toString();
  }

  private static String suffix(Random random) {
    return random.nextInt(3) == 0 ? String.valueOf(random.nextInt(3)) : "";
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }

  /** The order as first written: for each place, the first view that reads no remaining one. */
  private static List<View> referenceOrder(List<View> views) {
    List<View> remaining = new ArrayList<>(views);
    remaining.sort((a, b) -> a.name().compareTo(b.name()));
    List<View> ordered = new ArrayList<>();
    while (!remaining.isEmpty()) {
      View next =
          remaining.stream()
              .filter(
                  v ->
                      remaining.stream()
                          .noneMatch(o -> o != v && ViewDependencies.reads(v.query(), o.name())))
              .findFirst()
              .orElse(remaining.get(0));
      ordered.add(next);
      remaining.remove(next);
    }
    return ordered;
  }

  private static boolean referenceMentionsColumn(String query, String column) {
    Pattern word =
        Pattern.compile(
            "(?<![A-Za-z0-9_$])\"?"
                + Pattern.quote(column.toLowerCase(Locale.ROOT))
                + "\"?(?![A-Za-z0-9_$])");
    return word.matcher(query.toLowerCase(Locale.ROOT)).find();
  }
}
