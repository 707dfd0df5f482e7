package dev.shale.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.SchemaLoader;
import dev.shale.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every snapshot Shale writes, it reads back as it was: the strict reader (required fields, no
 * nulls, no coercion) accepts exactly what the writer produces, for the model of every schema file
 * here and every snapshot in the repository.
 */
class SnapshotJsonTest {
  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @TestFactory
  Stream<DynamicTest> whatIsWrittenIsReadBackEqual() throws IOException {
    try (Stream<Path> cases = Files.list(Path.of("src/test/resources/cases"))) {
      return cases.sorted().toList().stream()
          .flatMap(c -> Stream.of(c.resolve("before.java"), c.resolve("after.java")))
          .map(
              source ->
                  DynamicTest.dynamicTest(
                      source.toString(),
                      () -> {
                        SchemaModel model = SchemaLoader.fromSources(List.of(source));
                        Snapshot written =
                            new Snapshot(
                                Snapshot.FORMAT, Snapshot.DIALECT, "id", Snapshot.ROOT_ID, model);
                        String json = SnapshotJson.write(written);
                        assertThat(SnapshotJson.parse(json, source.toString())).isEqualTo(written);
                      }));
    }
  }

  @TestFactory
  Stream<DynamicTest> theRepositorysSnapshotsAreReadAndRewrittenByteForByte() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("snapshots"))) {
      return files.sorted().toList().stream()
          .map(
              file ->
                  DynamicTest.dynamicTest(
                      file.toString(),
                      () ->
                          assertThat(SnapshotJson.write(SnapshotJson.read(file)))
                              .isEqualTo(Files.readString(file))));
    }
  }
}
