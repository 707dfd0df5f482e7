package dev.shale.loader;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.model.InvalidSchemaException;
import dev.shale.model.PartitionBound;
import dev.shale.model.PartitionKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.schema.Table;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the loader makes of partitioned tables and partitions, and what it refuses. */
class PartitionValidationTest {
  private static final Table MEASUREMENT =
      table(
              "measurement",
              column("city_id", integer()).notNull(),
              column("logdate", timestamp()).notNull(),
              column("peaktemp", integer()))
          .partitionByRange("logdate");

  private static final Table KINDS =
      table("kinds", column("kind", text())).partitionByList(expr("(lower(kind))"));

  private static SchemaModel translate(Table... tables) {
    return ModelTranslator.translate(
        new DeclaredObjects(
            List.of(),
            List.of(),
            List.of(),
            Arrays.stream(tables).map(t -> new Declared<>(t, "Test." + t.name())).toList(),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
  }

  private static List<String> problems(Table... tables) {
    try {
      translate(tables);
      return List.of();
    } catch (InvalidSchemaException e) {
      return e.problems();
    }
  }

  @Test
  void aPartitionTakesItsParentsColumnsAndKeepsItsBoundAsTheServerDoes() {
    SchemaModel model =
        translate(
            table("measurement_y2024", index("peaktemp"))
                .partitionOf(() -> MEASUREMENT, valuesFrom("2024-01-01").to(MAXVALUE)),
            MEASUREMENT,
            table("kinds_a").partitionOf(() -> KINDS, valuesIn("a", 1, null)),
            KINDS);
    var parent = model.table(new QualifiedName("public", "measurement")).orElseThrow();
    var partition = model.table(new QualifiedName("public", "measurement_y2024")).orElseThrow();
    assertThat(parent.partitioning().key().strategy()).isEqualTo(PartitionKey.Strategy.RANGE);
    assertThat(partition.columns()).isEqualTo(parent.columns());
    assertThat(partition.partitioning().parent()).isEqualTo(parent.name());
    assertThat(partition.partitioning().bound().sql())
        .isEqualTo("FOR VALUES FROM ('2024-01-01 00:00:00') TO (MAXVALUE)");
    assertThat(partition.indexes())
        .singleElement()
        .satisfies(i -> i.name().equals("measurement_y2024_peaktemp_idx"));
    var kinds = model.table(new QualifiedName("public", "kinds")).orElseThrow();
    assertThat(kinds.partitioning().key().elements().get(0).expression()).isEqualTo("lower(kind)");
    PartitionBound list =
        model.table(new QualifiedName("public", "kinds_a")).orElseThrow().partitioning().bound();
    assertThat(list.sql()).isEqualTo("FOR VALUES IN ('a', '1', NULL)");
  }

  @Test
  void rowTriggersOfAPartitionedTableAreItsPartitionsToo() {
    Table logs =
        table(
                "logs",
                column("id", integer()).notNull(),
                column("at", date()).notNull(),
                trigger("logs_dedupe")
                    .before()
                    .onUpdate()
                    .forEachRow()
                    .execute("suppress_redundant_updates_trigger"),
                trigger("logs_added")
                    .after()
                    .onInsert()
                    .forEachRow()
                    .referencingNewTable("added")
                    .execute("suppress_redundant_updates_trigger"),
                trigger("logs_loaded")
                    .after()
                    .onInsert()
                    .execute("suppress_redundant_updates_trigger"))
            .partitionByRange("at");
    Table partition =
        table(
                "logs_2024",
                trigger("logs_dedupe")
                    .before()
                    .onUpdate()
                    .forEachRow()
                    .execute("suppress_redundant_updates_trigger"),
                trigger("logs_loaded")
                    .after()
                    .onInsert()
                    .execute("suppress_redundant_updates_trigger"))
            .partitionOf(() -> logs, valuesFrom("2024-01-01").to("2025-01-01"));
    assertThat(problems(logs, partition))
        .containsExactlyInAnyOrder(
            "table public.logs: trigger logs_added: PostgreSQL has no row trigger with transition"
                + " tables on a partitioned table: make it forEachStatement() or drop"
                + " referencing...(...)",
            "table public.logs_2024: trigger logs_dedupe: the partitioned table public.logs has a"
                + " row trigger of that name, which PostgreSQL copies onto every partition: rename"
                + " one of them");
  }

  @Test
  void problemsPostgresWouldRefuseAreSaidBeforeAnySqlRuns() {
    Table plain = table("plain", column("id", integer()));
    Table hashed = table("hashed", column("id", integer())).partitionByHash("id");
    Table indexed = table("indexed", column("id", integer()), index("id")).partitionByHash("id");
    assertThat(
            problems(
                MEASUREMENT,
                KINDS,
                plain,
                hashed,
                table("with_columns", column("x", integer()))
                    .partitionOf(() -> MEASUREMENT, valuesFrom("2020-01-01").to("2021-01-01")),
                table("wrong_kind").partitionOf(() -> MEASUREMENT, valuesIn("x")),
                table("two_values")
                    .partitionOf(
                        () -> MEASUREMENT, valuesFrom("2020-01-01", 1).to("2021-01-01", 2)),
                table("no_to").partitionOf(() -> MEASUREMENT, valuesFrom("2020-01-01")),
                table("null_in_range")
                    .partitionOf(() -> MEASUREMENT, valuesFrom(null).to(MAXVALUE)),
                table("limit_in_list").partitionOf(() -> KINDS, valuesIn(MINVALUE)),
                table("hash_default").partitionOf(() -> hashed, defaultPartition()),
                table("bad_remainder").partitionOf(() -> hashed, valuesWith(2, 2)),
                table("of_plain").partitionOf(() -> plain, defaultPartition()),
                table("undeclared")
                    .partitionOf(
                        () -> table("elsewhere", column("a", integer())).partitionByList("a"),
                        valuesIn(1)),
                table("unknown_key", column("a", integer())).partitionByRange("b"),
                table("stored", column("a", integer()))
                    .partitionByRange("a")
                    .with("fillfactor", "70"),
                indexed,
                table("same_index", index("id")).partitionOf(() -> indexed, valuesWith(1, 0))))
        .anySatisfy(
            p -> assertThat(p).contains("with_columns").contains("takes its columns from it"))
        .anySatisfy(p -> assertThat(p).contains("wrong_kind").contains("partitioned by range"))
        .anySatisfy(p -> assertThat(p).contains("two_values").contains("one value per key column"))
        .anySatisfy(p -> assertThat(p).contains("no_to").contains("has no .to(...)"))
        .anySatisfy(p -> assertThat(p).contains("null_in_range").contains("MINVALUE or MAXVALUE"))
        .anySatisfy(p -> assertThat(p).contains("limit_in_list").contains("range bounds only"))
        .anySatisfy(p -> assertThat(p).contains("hash_default").contains("no default partition"))
        .anySatisfy(p -> assertThat(p).contains("bad_remainder").contains("remainder from 0"))
        .anySatisfy(p -> assertThat(p).contains("of_plain").contains("which is not partitioned"))
        .anySatisfy(p -> assertThat(p).contains("undeclared").contains("not declared"))
        .anySatisfy(p -> assertThat(p).contains("unknown_key").contains("unknown column b"))
        .anySatisfy(p -> assertThat(p).contains("stored").contains("no storage parameters"))
        .anySatisfy(
            p -> assertThat(p).contains("same_index").contains("already gives every partition"));
  }
}
