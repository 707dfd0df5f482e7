package dev.shale.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.SchemaLoader;
import dev.shale.model.SchemaModel;
import dev.shale.testing.ProjectFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden code generation cases: {@code pull/<name>/input.java} (a schema in the DSL; once
 * introspection exists, {@link PullGoldenSqlTest} reads the {@code input.sql} beside it, and
 * folders with only an {@code input.sql} are that test's alone), optional {@code
 * options.properties} ({@code package}, {@code class}), and {@code expected/}, the Java files the
 * generator must write for the input's model, byte for byte. Each expected file set must compile
 * with javac and load back to exactly the input's model. Run with {@code
 * -Dshale.golden.update=true} to rewrite the {@code expected/} folders (then review the git diff).
 */
class CodegenGoldenTest {
  private static final Path CASES = ProjectFiles.testResources("pull");
  private static final boolean UPDATE = Boolean.getBoolean("shale.golden.update");

  @TempDir Path dir;

  @BeforeAll
  static void cacheInTarget() {
    Reload.cacheInTarget();
  }

  @TestFactory
  Stream<DynamicTest> goldenPullCases() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(CASES)) {
      cases = dirs.filter(d -> Files.isRegularFile(d.resolve("input.java"))).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private void check(Path caseDir) throws IOException {
    SchemaModel model = SchemaLoader.fromSources(List.of(caseDir.resolve("input.java")), w -> {});
    List<GeneratedSource> sources = JavaCodegen.generate(model, options(caseDir));
    Path expectedDir = caseDir.resolve("expected");
    if (UPDATE) {
      rewrite(expectedDir, sources);
    }
    Map<String, String> actual = new TreeMap<>();
    sources.forEach(s -> actual.put(s.path().toString().replace('\\', '/'), s.text()));
    assertThat(actual).isEqualTo(read(expectedDir));

    List<GeneratedSource> expected =
        read(expectedDir).entrySet().stream()
            .map(e -> new GeneratedSource(Path.of(e.getKey()), e.getValue()))
            .toList();
    assertThat(Reload.compile(expected, dir.resolve("javac"))).isEqualTo(model);
    assertThat(Reload.load(expected, dir.resolve("loader"))).isEqualTo(model);
  }

  private static CodegenOptions options(Path caseDir) throws IOException {
    Path file = caseDir.resolve("options.properties");
    if (!Files.exists(file)) {
      return CodegenOptions.defaults();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new CodegenOptions(
        properties.getProperty("package", ""), properties.getProperty("class"));
  }

  static Map<String, String> read(Path expectedDir) throws IOException {
    if (!Files.isDirectory(expectedDir)) {
      return Map.of();
    }
    try (Stream<Path> files = Files.walk(expectedDir)) {
      return files
          .filter(Files::isRegularFile)
          .collect(
              Collectors.toMap(
                  f -> expectedDir.relativize(f).toString().replace('\\', '/'),
                  f -> {
                    try {
                      return Files.readString(f, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  },
                  (a, b) -> a,
                  TreeMap::new));
    }
  }

  static void rewrite(Path expectedDir, List<GeneratedSource> sources) throws IOException {
    if (Files.isDirectory(expectedDir)) {
      try (Stream<Path> files = Files.walk(expectedDir)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    for (GeneratedSource s : sources) {
      Path file = expectedDir.resolve(s.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, s.text(), StandardCharsets.UTF_8);
    }
  }
}
