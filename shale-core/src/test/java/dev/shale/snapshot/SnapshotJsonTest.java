package dev.shale.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.SchemaModel;
import dev.shale.testing.GoldenCase;
import dev.shale.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every snapshot Shale writes, it reads back as it was: the strict reader (required fields, no
 * nulls, no coercion) accepts exactly what the writer produces, for the model of every schema file
 * here and every snapshot in the repository. And {@link SnapshotCodec}, which reads and writes the
 * usual documents, does so as the binder that defines the format would: byte for byte.
 */
class SnapshotJsonTest {
  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @TestFactory
  Stream<DynamicTest> whatIsWrittenIsReadBackEqual() throws IOException {
    try (Stream<Path> cases = Files.list(ProjectFiles.testResources("cases"))) {
      return cases.sorted().toList().stream()
          .flatMap(c -> Stream.of(c.resolve("before.java"), c.resolve("after.java")))
          .map(
              source ->
                  DynamicTest.dynamicTest(
                      source.toString(),
                      () -> {
                        GoldenCase.States states = GoldenCase.states(source.getParent());
                        SchemaModel model =
                            source.endsWith("before.java") ? states.before() : states.after();
                        Snapshot written =
                            new Snapshot(
                                Snapshot.FORMAT, Snapshot.DIALECT, "id", Snapshot.ROOT_ID, model);
                        String json = SnapshotJson.write(written);
                        assertThat(SnapshotJson.parse(json, source.toString())).isEqualTo(written);
                        codecAgreesWithTheBinder(written);
                      }));
    }
  }

  @TestFactory
  Stream<DynamicTest> theRepositorysSnapshotsAreReadAndRewrittenByteForByte() throws IOException {
    try (Stream<Path> files = Files.list(ProjectFiles.root("snapshots"))) {
      return files.sorted().toList().stream()
          .map(
              file ->
                  DynamicTest.dynamicTest(
                      file.toString(),
                      () -> {
                        assertThat(SnapshotJson.write(SnapshotJson.read(file)))
                            .isEqualTo(Files.readString(file));
                        codecAgreesWithTheBinder(SnapshotJson.read(file));
                      }));
    }
  }

  private static void codecAgreesWithTheBinder(Snapshot snapshot) throws IOException {
    String bound = SnapshotJson.bound(snapshot);
    assertThat(SnapshotCodec.write(snapshot, SnapshotJson.printer())).isEqualTo(bound + "\n");
    assertThat(SnapshotCodec.read(bound))
        .isNotNull()
        .isEqualTo(SnapshotJson.bound(bound))
        .isEqualTo(snapshot);
  }

  private static final String VALID =
      """
      {"dialect": "postgresql", "format": 1, "id": "a", "prevId": "b", "schema": {
        "enums": [], "schemas": ["public"], "sequences": [], "views": [], "tables": [
          {"name": {"schema": "public", "name": "t"}, "uniques": [], "foreignKeys": [],
           "checks": [], "indexes": [], "columns": [
            {"name": "c", "type": {"name": "integer", "dimensions": 0}, "notNull": true}]}]}}
      """;

  @Test
  void aHandWrittenDocumentInAnyKeyOrderIsReadAsTheBinderReadsIt() throws IOException {
    assertThat(SnapshotCodec.read(VALID)).isNotNull().isEqualTo(SnapshotJson.bound(VALID));
  }

  @Test
  void anOldSnapshotsNumericWithoutScaleReadsAsTheTypeTheLoaderNowSpells() throws IOException {
    String old = VALID.replace("\"name\": \"integer\"", "\"name\": \"numeric(20)\"");
    assertThat(SnapshotCodec.read(old).schema().tables().get(0).columns().get(0).type())
        .isEqualTo(dev.shale.model.ColumnType.builtin("numeric(20,0)"));
  }

  private static final String SEQUENCE =
      "{\"name\": {\"schema\": \"public\", \"name\": \"n\"}, \"dataType\": \"bigint\","
          + " \"options\": {\"cycle\": false}}";

  @Test
  void aSequenceWithoutOwnerIsWrittenAsBeforeOwnedByAndAnOwnerIsReadBack() throws IOException {
    String old = VALID.replace("\"sequences\": []", "\"sequences\": [" + SEQUENCE + "]");
    Snapshot read = SnapshotCodec.read(old);
    assertThat(read.schema().sequences().get(0).ownedBy()).isNull();
    assertThat(SnapshotCodec.write(read, SnapshotJson.printer())).doesNotContain("ownedBy");
    String owned =
        old.replace(
            "\"cycle\": false}",
            "\"cycle\": false}, \"ownedBy\": {\"table\": {\"schema\": \"public\","
                + " \"name\": \"t\"}, \"column\": \"c\"}");
    Snapshot withOwner = SnapshotCodec.read(owned);
    assertThat(withOwner).isNotNull().isEqualTo(SnapshotJson.bound(owned));
    assertThat(withOwner.schema().sequences().get(0).ownedBy())
        .isEqualTo(
            new dev.shale.model.SequenceOwner(
                new dev.shale.model.QualifiedName("public", "t"), "c"));
    codecAgreesWithTheBinder(withOwner);
  }

  /** Each a change to {@link #VALID}: FROM=>TO. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"notNull\": true=>\"notNull\": true, \"notNull\": true",
        "\"notNull\": true=>\"notNull\": true, \"extra\": 1",
        "\"notNull\": true=>\"notNull\": null",
        "\"notNull\": true=>\"notNull\": \"true\"",
        "\"notNull\": true=>\"notNull\": 1",
        ", \"notNull\": true=>",
        "\"dimensions\": 0=>\"dimensions\": 0.0",
        "\"dimensions\": 0=>\"dimensions\": \"0\"",
        "\"dimensions\": 0=>\"dimensions\": 3000000000",
        "\"dimensions\": 0=>\"dimensions\": -1",
        "\"name\": \"c\"=>\"name\": 5",
        "\"schemas\": [\"public\"]=>\"schemas\": [null]",
        "\"schemas\": [\"public\"]=>\"schemas\": \"public\"",
        "\"enums\": []=>\"enums\": {}",
        "\"id\": \"a\"=>\"id\": null",
        "\"format\": 1=>\"format\": 2",
        "\"format\": 1=>\"format\": \"1\"",
        "}}\n=>}} {}",
        "}}\n=>}} x",
      })
  void whatTheBinderWouldRefuseOrReadOtherwiseIsLeftToIt(String change) throws IOException {
    String[] fromTo = change.split("=>", -1);
    assertThat(VALID).contains(fromTo[0]);
    String text = VALID.replace(fromTo[0], fromTo[1]);
    Snapshot read = SnapshotCodec.read(text);
    if (read != null) {
      // only a document the binder reads the same way, and then SnapshotJson checks the format
      assertThat(read).isEqualTo(SnapshotJson.bound(text));
      assertThat(read.format()).isNotEqualTo(Snapshot.FORMAT);
    }
  }
}
