package dev.shale.lint;

import dev.shale.sql.parse.ParsedScript;
import dev.shale.sql.parse.SqlParser;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses files ahead of the linter, which must read them in order: the pool's threads parse files
 * from the front, and the linter's own thread, when the file it needs next is not ready yet, parses
 * the next unclaimed one instead of waiting. Linting the first files thus overlaps parsing the
 * rest.
 */
final class ParseAhead {
  private final List<LintInput> inputs;
  private final AtomicInteger next = new AtomicInteger();
  private final List<CompletableFuture<ParsedScript>> parsed;

  ParseAhead(List<LintInput> inputs) {
    this.inputs = inputs;
    this.parsed = inputs.stream().map(i -> new CompletableFuture<ParsedScript>()).toList();
    if (inputs.size() > 1) {
      ForkJoinPool pool = ForkJoinPool.commonPool();
      int helpers = Math.min(pool.getParallelism(), inputs.size() - 1);
      for (int i = 0; i < helpers; i++) {
        pool.execute(this::parseUntilDone);
      }
    }
  }

  /** The parsed form of file {@code index}. */
  ParsedScript get(int index) {
    CompletableFuture<ParsedScript> wanted = parsed.get(index);
    while (!wanted.isDone() && parseOne()) {
      // parsed another file while this one is on another thread
    }
    return wanted.join();
  }

  private void parseUntilDone() {
    while (parseOne()) {
      // every file claimed
    }
  }

  /** Parses the next unclaimed file; false when none is left. */
  private boolean parseOne() {
    int i = next.getAndIncrement();
    if (i >= inputs.size()) {
      return false;
    }
    LintInput input = inputs.get(i);
    try {
      parsed.get(i).complete(SqlParser.parse(input.name(), input.text()));
    } catch (RuntimeException | Error e) {
      parsed.get(i).completeExceptionally(e);
    }
    return true;
  }
}
