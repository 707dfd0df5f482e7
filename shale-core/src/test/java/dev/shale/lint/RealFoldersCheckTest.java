package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.ProjectFiles;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code check} on the real migration folders of {@code parse/corpus} (Flyway, Prisma, Drizzle Kit,
 * golang-migrate, a Rails structure.sql), as its users run it ({@code --no-schema
 * --assume-in-transaction}): no syntax error, no failure, and per rule the number of findings that
 * {@code check.txt} beside them records. A change in those numbers is a change in precision or
 * recall on real input: look at the findings, then rewrite the files with {@code
 * -Dshale.golden.update=true}.
 */
class RealFoldersCheckTest {
  private static final Path CORPUS = ProjectFiles.testResources("parse", "corpus");
  private static final boolean UPDATE = Boolean.getBoolean("shale.golden.update");

  @TestFactory
  Stream<DynamicTest> realFoldersCheckAsRecorded() throws Exception {
    List<Path> folders;
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      folders = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(folders).hasSizeGreaterThanOrEqualTo(5);
    return folders.stream()
        .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
  }

  private static void check(Path folder) throws Exception {
    CheckRequest request = new CheckRequest(folder, List.of("."), null, null, null, true, false);
    Check.Outcome outcome =
        Check.run(
            request, LintSettings.defaults(), () -> null, new ByteArrayInputStream(new byte[0]));
    assertThat(outcome.files()).isNotEmpty();
    assertThat(outcome.findings())
        .filteredOn(f -> f.rule().id().equals("syntax-error"))
        .as("syntax errors in real migrations that PostgreSQL runs")
        .isEmpty();
    Map<String, Long> counts =
        outcome.findings().stream()
            .collect(
                Collectors.groupingBy(f -> f.rule().id(), TreeMap::new, Collectors.counting()));
    String text =
        "files "
            + outcome.files().size()
            + ", statements "
            + outcome.statements()
            + "\n"
            + counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + "\n")
                .collect(Collectors.joining());
    Path golden = folder.resolve("check.txt");
    if (UPDATE || !Files.exists(golden)) {
      Files.writeString(golden, text);
      assertThat(UPDATE).as(golden + " was missing: written, review it").isTrue();
    }
    assertThat(text).as(golden.toString()).isEqualTo(Files.readString(golden));
  }
}
