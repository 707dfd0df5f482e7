package dev.shale.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintFilesTest {
  @TempDir Path dir;

  private static List<BigInteger> version(String name) {
    return LintFiles.flywayVersion(Path.of(name));
  }

  private static List<BigInteger> numbers(long... parts) {
    return java.util.Arrays.stream(parts).mapToObj(BigInteger::valueOf).toList();
  }

  @Test
  void readsFlywayVersionsOfEveryForm() {
    assertEquals(numbers(1), version("V1__init.sql"));
    assertEquals(numbers(2, 1), version("v2_1__add.sql"));
    assertEquals(numbers(1, 2, 30), version("V1.2.30__x.sql"));
    assertEquals(numbers(1), version("V1__2__x.sql"));
    assertEquals(
        List.of(new BigInteger("20240101120000123456")), version("V20240101120000123456__x.sql"));
    assertEquals(List.of(), version("R__views.sql"));
  }

  @Test
  void otherNamesHaveNoFlywayVersion() {
    for (String name :
        List.of(
            "V__x.sql",
            "V1_x.sql",
            "V1.__x.sql",
            "V1",
            "Vx1__y.sql",
            "0001_init.sql",
            "r__x.sql",
            "")) {
      assertNull(name.isEmpty() ? null : version(name), name);
    }
  }

  @Test
  void leavesUndoFilesOutAndOrdersOthersNaturally() throws IOException {
    for (String name :
        List.of(
            "10_c.sql",
            "2_b.sql",
            "002_a.sql",
            "U1__undo.sql",
            "u2_1__undo.sql",
            "1.down.sql",
            "notes.txt")) {
      Files.writeString(dir.resolve(name), "SELECT 1;");
    }
    List<String> names =
        LintFiles.sqlFilesUnder(dir).stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(List.of("002_a.sql", "2_b.sql", "10_c.sql"), names);
  }

  @Test
  void ordersFlywayFilesByVersion() throws IOException {
    for (String name : List.of("V10__c.sql", "V2_1__b.sql", "V2__a.sql", "R__r.sql", "U2__u.sql")) {
      Files.writeString(dir.resolve(name), "SELECT 1;");
    }
    List<String> names =
        LintFiles.sqlFilesUnder(dir).stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(List.of("V2__a.sql", "V2_1__b.sql", "V10__c.sql", "R__r.sql"), names);
  }
}
