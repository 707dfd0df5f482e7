package dev.shale.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HistoryTableTest {
  @Test
  void aQualifiedOrBareNameIsRead() {
    assertThat(HistoryTable.parse("ops.schema_history"))
        .isEqualTo(new HistoryTable("ops", "schema_history"));
    assertThat(HistoryTable.parse(" history ")).isEqualTo(new HistoryTable("public", "history"));
    assertThat(HistoryTable.parse(null)).isEqualTo(new HistoryTable("shale", "migrations"));
  }

  /** A trailing comment or a typo would otherwise name a new, empty history: all pending again. */
  @Test
  void anythingButPlainIdentifiersIsRefused() {
    for (String bad :
        new String[] {"shale.migrations   # the default", "a.b.c", "a.", "my table", "x;drop"}) {
      assertThatThrownBy(() -> HistoryTable.parse(bad))
          .as(bad)
          .hasMessageContaining("write schema.table");
    }
  }
}
