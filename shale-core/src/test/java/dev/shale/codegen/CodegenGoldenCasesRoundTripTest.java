package dev.shale.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.SchemaModel;
import dev.shale.testing.GoldenCase;
import dev.shale.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every schema of the diff golden cases ({@code cases/<name>/before.java, after.java}) loaded,
 * written back as Java by the code generator, and loaded again must give the same model.
 */
class CodegenGoldenCasesRoundTripTest {
  private static final Path CASES = ProjectFiles.testResources("cases");

  @TempDir Path dir;

  @BeforeAll
  static void cacheInTarget() {
    Reload.cacheInTarget();
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenSchemaSurvivesCodegen() throws IOException {
    List<Path> files;
    try (Stream<Path> cases = Files.list(CASES)) {
      files =
          cases
              .sorted()
              .flatMap(c -> Stream.of(c.resolve("before.java"), c.resolve("after.java")))
              .toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(160);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(CASES.relativize(file).toString(), () -> roundTrip(file)));
  }

  private void roundTrip(Path file) throws IOException {
    // What pull reads from a database the case's migration left: an expansion's pair included.
    GoldenCase.States states = GoldenCase.states(file.getParent());
    SchemaModel model = file.endsWith("before.java") ? states.before() : states.after();
    List<GeneratedSource> sources = JavaCodegen.generate(model, CodegenOptions.defaults());
    Path out = Files.createDirectories(dir.resolve(file.getParent().getFileName().toString()));
    SchemaModel again = Reload.load(sources, out.resolve(file.getFileName().toString()));
    assertThat(again).as(Reload.show(sources)).isEqualTo(model);
  }
}
