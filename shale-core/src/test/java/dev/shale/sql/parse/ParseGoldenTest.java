package dev.shale.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden parse cases: each {@code parse/<name>.sql} parses to exactly the dump in {@code
 * parse/<name>.parsed} ({@link ParseDump}). Run with {@code -Dshale.golden.update=true} to rewrite
 * the dumps (then review the git diff).
 */
class ParseGoldenTest {
  static final Path CASES = ProjectFiles.testResources("parse");
  private static final boolean UPDATE = Boolean.getBoolean("shale.golden.update");

  @TestFactory
  Stream<DynamicTest> everyCaseParsesToItsDump() throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.list(CASES)) {
      cases = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    assertThat(cases).isNotEmpty();
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static void check(Path sqlFile) throws IOException {
    String sql = Files.readString(sqlFile, StandardCharsets.UTF_8);
    String name = sqlFile.getFileName().toString();
    String actual = ParseDump.dump(SqlParser.parse(name, sql));
    Path expected = sqlFile.resolveSibling(name.replaceFirst("\\.sql$", ".parsed"));
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("run with -Dshale.golden.update=true to write it").exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
