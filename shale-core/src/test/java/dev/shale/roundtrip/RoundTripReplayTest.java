package dev.shale.roundtrip;

import dev.shale.testing.PgVersion;
import dev.shale.testing.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays round-trip seeds given as {@code -Dshale.roundtrip.seed=S[,S…]} on each version of {@link
 * TestPostgres#versions()}: the command a failure of {@link RoundTripPropertyTest} prints. Without
 * seeds it has no tests.
 */
class RoundTripReplayTest {
  @AfterAll
  static void dropDatabases() {
    RoundTripPropertyTest.dropDatabases();
  }

  @TestFactory
  Stream<DynamicTest> replay() {
    String seeds = System.getProperty("shale.roundtrip.seed");
    List<DynamicTest> tests = new ArrayList<>();
    if (seeds != null) {
      for (PgVersion version : TestPostgres.versions()) {
        for (String seed : seeds.split(",")) {
          long value = Long.parseLong(seed.trim());
          tests.add(
              DynamicTest.dynamicTest(
                  "seed " + value + " on " + version,
                  () -> RoundTripPropertyTest.roundTrip(version, value)));
        }
      }
    }
    return tests.stream();
  }
}
