package dev.shale.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The parser never throws and always ends, whatever the input: random token soups and mutated real
 * statements ({@link FuzzInputs}). Bounded here (a few seconds inside {@code mvn verify}); {@link
 * ParseFuzz} runs the same inputs a million times and more.
 */
class ParseFuzzTest {
  private static final ExecutorService WORKER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "parse-fuzz");
            t.setDaemon(true);
            return t;
          });

  @AfterContainer
  static void stop() {
    WORKER.shutdownNow();
  }

  @Property(tries = 3000)
  void parsingAnyInputEndsWithoutAnException(@ForAll long seed) throws Exception {
    String input = FuzzInputs.input(seed);
    Future<ParsedScript> parsed = WORKER.submit(() -> SqlParser.parse("fuzz.sql", input));
    ParsedScript script = parsed.get(5, TimeUnit.SECONDS);
    check(input, script);
  }

  /** What holds of every parse: statements are pieces of the input, positions are in it. */
  static void check(String input, ParsedScript script) {
    long lines = input.lines().count() + 2;
    for (ParsedStatement s : script.statements()) {
      assertThat(input).contains(s.source().sql());
      assertThat(s.source().line()).isBetween(1, (int) lines);
      assertThat(s.source().span().endLine()).isGreaterThanOrEqualTo(s.source().line());
    }
    for (ParseProblem p : script.problems()) {
      assertThat(p.line()).isBetween(1, (int) lines);
      assertThat(p.column()).isPositive();
    }
  }
}
