package dev.shale.diff;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.Routine;
import dev.shale.model.SchemaModel;
import dev.shale.schema.Table;
import dev.shale.testing.DeclaredModels;
import org.junit.jupiter.api.Test;

/** The check statement read back from the trigger function that SyncTrigger writes. */
class SyncTriggerTest {
  private static SchemaModel model(Table table) {
    return DeclaredModels.of(table);
  }

  @Test
  void theCheckPlansBothConversionsEvenWhenTheySpanLines() {
    SchemaModel before =
        model(table("t", column("id", bigint()).primaryKey(), column("s", text())));
    SchemaModel target =
        Expansions.target(
            before,
            model(
                table(
                    "t",
                    column("id", bigint()).primaryKey(),
                    column("s", jsonb())
                        .replaces(
                            "s",
                            "CASE WHEN s = ''\n  THEN NULL ELSE s::jsonb END",
                            "s #>> '{}'"))));
    Routine function = target.routines().get(0);

    String check = SyncTrigger.check("t", function);

    assertThat(check)
        .startsWith("UPDATE t AS shale_new SET \"s_new\" = (SELECT CASE WHEN s = ''\n  THEN NULL")
        .contains("\"s\" = (SELECT s #>> '{}' FROM (SELECT shale_new.\"id\" AS \"id\"")
        .endsWith(" WHERE false")
        .doesNotContain("NEW.");
  }
}
