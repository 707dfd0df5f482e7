package dev.shale.sql.parse;

/**
 * The long fuzzing run, outside {@code mvn verify}: {@code java -cp
 * target/classes:target/test-classes dev.shale.sql.parse.ParseFuzz [inputs] [first-seed]} (default
 * one million inputs from seed 0), each checked as {@link ParseFuzzTest} checks it. Prints the
 * count, the time and the first seed that failed, if any.
 */
public final class ParseFuzz {
  private static volatile long current = -1;

  private ParseFuzz() {}

  /** Ends the run, naming the seed, when one input takes more than ten seconds: a hang. */
  private static void watchdog() {
    Thread t =
        new Thread(
            () -> {
              long seen = -2;
              while (true) {
                try {
                  Thread.sleep(10_000);
                } catch (InterruptedException e) {
                  return;
                }
                long now = current;
                if (now == seen) {
                  System.out.println("HANG at seed " + now);
                  System.out.println(FuzzInputs.input(now));
                  System.exit(2);
                }
                seen = now;
              }
            },
            "fuzz-watchdog");
    t.setDaemon(true);
    t.start();
  }

  public static void main(String[] args) {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    long first = args.length > 1 ? Long.parseLong(args[1]) : 0L;
    long start = System.nanoTime();
    watchdog();
    long statements = 0;
    long problems = 0;
    long chars = 0;
    for (long seed = first; seed < first + count; seed++) {
      current = seed;
      String input = FuzzInputs.input(seed);
      try {
        ParsedScript script = SqlParser.parse("fuzz.sql", input);
        ParseFuzzTest.check(input, script);
        statements += script.statements().size();
        problems += script.problems().size();
        chars += input.length();
      } catch (Throwable e) {
        System.out.println("FAILED at seed " + seed + ": " + e);
        System.out.println(input);
        System.exit(1);
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "%d inputs (%d chars, %d statements, %d problems) parsed in %d ms, no exception%n",
        count, chars, statements, problems, ms);
  }
}
