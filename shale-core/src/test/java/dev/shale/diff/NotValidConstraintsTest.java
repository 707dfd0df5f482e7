package dev.shale.diff;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.DeclaredObjects;
import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.loader.ModelTranslator;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.schema.Table;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NOT VALID checks and foreign keys through the loader, the diff and the snapshot. */
class NotValidConstraintsTest {
  private static final QualifiedName TRANSFERS = new QualifiedName("public", "transfers");

  @TempDir Path dir;

  private static SchemaModel model(boolean notValid, String amountType) {
    Table accounts = table("accounts", column("id", integer()).primaryKey());
    var check = check("amount <> 0");
    var key = foreignKey("account_id").references("accounts", "id");
    if (notValid) {
      check.notValid();
      key.notValid();
    }
    Table transfers =
        table(
            "transfers",
            column("id", integer()).primaryKey(),
            column("account_id", integer()),
            column("amount", customType(amountType)),
            check,
            key);
    return ModelTranslator.translate(
        new DeclaredObjects(
            List.of(),
            List.of(),
            List.of(),
            List.of(new Declared<>(accounts, "T.A"), new Declared<>(transfers, "T.T")),
            List.of(),
            List.of(),
            List.of()));
  }

  @Test
  void aValidatedConstraintSatisfiesANotValidDeclaration() {
    assertThat(SchemaDiff.diff(model(false, "numeric"), model(true, "numeric"), RenameAnswers.NONE))
        .isEmpty();
    assertThat(model(false, "numeric").relaxedLike(model(true, "numeric")))
        .isEqualTo(model(true, "numeric"));
  }

  @Test
  void droppingNotValidValidatesWhereTheConstraintStands() {
    List<Change> changes =
        SchemaDiff.diff(model(true, "numeric"), model(false, "numeric"), RenameAnswers.NONE);
    assertThat(changes)
        .containsExactlyInAnyOrder(
            new Change.ValidateConstraint(TRANSFERS, "transfers_amount_check", null),
            new Change.ValidateConstraint(
                TRANSFERS, "transfers_account_id_fkey", new QualifiedName("public", "accounts")));
  }

  @Test
  void aCheckRebuiltForATypeChangeIsAddedAgainRatherThanValidated() {
    List<Change> changes =
        SchemaDiff.diff(model(true, "numeric"), model(false, "bigint"), RenameAnswers.NONE);
    assertThat(changes)
        .noneMatch(
            c ->
                c instanceof Change.ValidateConstraint v
                    && v.name().equals("transfers_amount_check"));
    assertThat(changes)
        .anyMatch(
            c ->
                c instanceof Change.AddCheck a
                    && a.constraint().name().equals("transfers_amount_check")
                    && !a.constraint().notValid());
  }

  @Test
  void snapshotsKeepNotValidAndOldSnapshotsReadAsValid() throws Exception {
    Path file = dir.resolve("a.json");
    String written =
        SnapshotJson.write(
            new Snapshot(
                1,
                "postgresql",
                "a",
                "00000000-0000-0000-0000-000000000000",
                model(true, "numeric")));
    Files.writeString(file, written);
    assertThat(written).contains("\"notValid\": true");
    assertThat(SnapshotJson.read(file).schema()).isEqualTo(model(true, "numeric"));

    String valid =
        SnapshotJson.write(
            new Snapshot(
                1,
                "postgresql",
                "b",
                "00000000-0000-0000-0000-000000000000",
                model(false, "numeric")));
    assertThat(valid).doesNotContain("notValid");
    Files.writeString(file, valid);
    assertThat(SnapshotJson.read(file).schema()).isEqualTo(model(false, "numeric"));
  }
}
