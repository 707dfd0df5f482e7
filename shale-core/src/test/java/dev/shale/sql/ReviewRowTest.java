package dev.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.GoldenCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review names every table a change locks, not only the one it changes. */
class ReviewRowTest {
  @Test
  void droppingAForeignKeyNamesTheReferencedTableToo() throws Exception {
    GoldenCase drop = GoldenCase.load(GoldenCase.CASES.resolve("fk_drop"));
    List<ReviewRow> rows = ReviewRow.of(StatementPlanner.plan(drop.changes(), drop.options()));
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.table()).isEqualTo("public.posts, public.users");
              assertThat(row.lock()).isEqualTo("ACCESS EXCLUSIVE");
            });
  }
}
