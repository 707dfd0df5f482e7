package dev.shale.diff;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.DeclaredObjects;
import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.loader.ModelTranslator;
import dev.shale.model.Extension;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extensions through the loader, the diff and the snapshot, without a server. */
class ExtensionsTest {
  @TempDir Path dir;

  private static SchemaModel model(Extension... extensions) {
    return SchemaModel.EMPTY.withExtensions(List.of(extensions));
  }

  @Test
  void anUnpinnedDeclarationIsSatisfiedByAnyInstalledVersion() {
    SchemaModel installed = model(new Extension("pg_trgm", "public", "1.5"));
    SchemaModel declared = model(new Extension("pg_trgm", "public", null));
    assertThat(SchemaDiff.diff(installed, declared, RenameAnswers.NONE)).isEmpty();
  }

  @Test
  void aPinnedVersionOrAnotherSchemaAltersTheInstalledExtension() {
    Extension installed = new Extension("citext", "public", "1.5");
    List<Change> changes =
        SchemaDiff.diff(
            model(installed),
            model(new Extension("citext", "ext", "1.6")).withSchemas(List.of("ext")),
            RenameAnswers.NONE);
    assertThat(changes)
        .containsExactly(
            new Change.CreateSchema("ext"),
            new Change.AlterExtension(installed, new Extension("citext", "ext", "1.6")));
    Change.AlterExtension alter = (Change.AlterExtension) changes.get(1);
    assertThat(alter.moves()).isTrue();
    assertThat(alter.updates()).isTrue();
  }

  @Test
  void extensionsAreCreatedBeforeTypesAndTablesAndDroppedAfterThem() {
    SchemaModel withAll =
        ModelTranslator.translate(
            new DeclaredObjects(
                List.of(),
                List.of(new Declared<>(enumType("mood", "ok", "sad"), "T.MOOD")),
                List.of(),
                List.of(
                    new Declared<>(
                        table("people", column("email", customType("citext")).notNull()),
                        "T.PEOPLE")),
                List.of(),
                List.of(new Declared<>(extension("citext"), "T.CITEXT")),
                List.of()));
    List<Change> create = SchemaDiff.create(withAll);
    assertThat(create.get(0)).isInstanceOf(Change.CreateExtension.class);
    List<Change> drop = SchemaDiff.diff(withAll, SchemaModel.EMPTY, RenameAnswers.NONE);
    assertThat(drop.get(drop.size() - 1)).isInstanceOf(Change.DropExtensions.class);
  }

  @Test
  void snapshotsKeepExtensionsAndOldSnapshotsReadWithout() throws Exception {
    SchemaModel with =
        model(new Extension("citext", "ext", null), new Extension("pg_trgm", "public", "1.6"))
            .withSchemas(List.of("ext"));
    Path file = dir.resolve("a.json");
    Files.writeString(
        file,
        SnapshotJson.write(
            new Snapshot(1, "postgresql", "a", "00000000-0000-0000-0000-000000000000", with)));
    assertThat(SnapshotJson.read(file).schema()).isEqualTo(with);

    String without =
        SnapshotJson.write(
            new Snapshot(
                1, "postgresql", "b", "00000000-0000-0000-0000-000000000000", SchemaModel.EMPTY));
    assertThat(without).doesNotContain("extensions");
    Path old = dir.resolve("b.json");
    Files.writeString(old, without);
    assertThat(SnapshotJson.read(old).schema().extensions()).isEmpty();
  }
}
