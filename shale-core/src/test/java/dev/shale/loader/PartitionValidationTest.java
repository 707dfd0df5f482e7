package dev.shale.loader;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.model.InvalidSchemaException;
import dev.shale.model.PartitionBound;
import dev.shale.model.PartitionKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.VersionRequirements;
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
  void timestamptzBoundsAreMomentsInUtcForAColumnKeyWrittenAsAnExpressionToo() {
    Table readings =
        table("readings", column("at", timestamptz()).notNull()).partitionByRange(expr("((at))"));
    SchemaModel model =
        translate(
            readings,
            table("readings_h1")
                .partitionOf(
                    () -> readings, valuesFrom("2024-01-01").to("2024-07-01 02:00:00+02")));
    assertThat(
            model
                .table(new QualifiedName("public", "readings_h1"))
                .orElseThrow()
                .partitioning()
                .bound()
                .sql())
        .isEqualTo("FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-07-01 00:00:00+00')");
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

  @Test
  void aUniqueKeyOfAPartitionedTableHoldsEveryPartitionKeyColumn() {
    Table events =
        table(
                "events",
                column("id", bigint()).notNull(),
                column("at", date()).notNull(),
                column("kind", text()).notNull(),
                primaryKey("id"),
                unique("at", "id"),
                index("kind").unique(),
                index("at", "kind").unique())
            .partitionByRange("at");
    Table byKind =
        table("events_2024")
            .partitionOf(() -> events, valuesFrom("2024-01-01").to("2025-01-01"))
            .partitionByList("kind");
    Table byExpression =
        table("lowered", column("name", text()), unique("name"))
            .partitionByList(expr("lower(name)"));
    Table leaf = table("events_2024_a", primaryKey("id")).partitionOf(() -> byKind, valuesIn("a"));
    assertThat(problems(events, byKind, byExpression, leaf))
        .containsExactlyInAnyOrder(
            "table public.events (Test.events): primary key events_pkey leaves out the partition"
                + " key column at, which PostgreSQL refuses on a partitioned table (each partition"
                + " enforces it alone): add at to it, or keep it on each partition instead",
            "table public.events (Test.events): unique index events_kind_idx leaves out the"
                + " partition key column at, which PostgreSQL refuses on a partitioned table (each"
                + " partition enforces it alone): add at to it, or keep it on each partition"
                + " instead",
            "table public.events_2024 (Test.events_2024): primary key events_pkey (which"
                + " public.events gives its partitions) leaves out the partition key column"
                + " kind, which PostgreSQL refuses on a partitioned table (each partition enforces"
                + " it alone): add kind to it, or keep it on each partition instead",
            "table public.events_2024 (Test.events_2024): unique constraint events_at_id_key"
                + " (which public.events gives its partitions) leaves out the partition key"
                + " column kind, which PostgreSQL refuses on a partitioned table (each partition"
                + " enforces it alone): add kind to it, or keep it on each partition instead",
            "table public.lowered (Test.lowered): its partition key has an expression, so"
                + " PostgreSQL refuses its unique constraint lowered_name_key (a unique key on a"
                + " partitioned table must hold every partition key column): partition by columns"
                + " only, or drop the constraint and keep it on each partition");
  }

  @Test
  void partitionsOfOneParentShareNoValue() {
    Table byDay = table("by_day", column("d", date())).partitionByRange("d");
    Table byNumber = table("by_number", column("n", numeric(10, 2))).partitionByRange("n");
    Table byText = table("by_text", column("t", text())).partitionByRange("t");
    Table byCode = table("by_code", column("code", integer())).partitionByList("code");
    Table hashed = table("hashed", column("id", integer())).partitionByHash("id");
    assertThat(
            problems(
                byDay,
                byNumber,
                byText,
                byCode,
                hashed,
                table("day_a").partitionOf(() -> byDay, valuesFrom(MINVALUE).to("2024-01-01")),
                table("day_b").partitionOf(() -> byDay, valuesFrom("2024-01-01").to("2025-01-01")),
                table("day_c").partitionOf(() -> byDay, valuesFrom("2024-06-01").to(MAXVALUE)),
                table("day_d").partitionOf(() -> byDay, valuesFrom("2030-01-01").to("2029-01-01")),
                table("day_default").partitionOf(() -> byDay, defaultPartition()),
                table("day_default2").partitionOf(() -> byDay, defaultPartition()),
                table("number_a").partitionOf(() -> byNumber, valuesFrom(0).to("10.5")),
                table("number_b").partitionOf(() -> byNumber, valuesFrom("10.50").to(20)),
                table("number_c").partitionOf(() -> byNumber, valuesFrom(20).to(20)),
                table("number_d").partitionOf(() -> byNumber, valuesFrom("9.75").to("10.00")),
                table("text_a").partitionOf(() -> byText, valuesFrom("a").to("m")),
                table("text_b").partitionOf(() -> byText, valuesFrom("B").to("Z")),
                table("code_a").partitionOf(() -> byCode, valuesIn(1, 2, null)),
                table("code_b").partitionOf(() -> byCode, valuesIn(3, 3, 4)),
                table("code_c").partitionOf(() -> byCode, valuesIn(4, 5)),
                table("hash_a").partitionOf(() -> hashed, valuesWith(4, 0)),
                table("hash_b").partitionOf(() -> hashed, valuesWith(8, 4)),
                table("hash_c").partitionOf(() -> hashed, valuesWith(8, 1)),
                table("hash_d").partitionOf(() -> hashed, valuesWith(6, 3))))
        .containsExactlyInAnyOrder(
            "table public.day_c (Test.day_c): FOR VALUES FROM ('2024-06-01') TO (MAXVALUE)"
                + " overlaps the range of partition public.day_b (FOR VALUES FROM ('2024-01-01')"
                + " TO ('2025-01-01')), which PostgreSQL refuses: give the partitions of"
                + " public.by_day bounds that share no value",
            "table public.day_d (Test.day_d): FOR VALUES FROM ('2030-01-01') TO ('2029-01-01') is"
                + " empty (its lower bound is not below its upper bound), which PostgreSQL"
                + " refuses: make the upper bound the larger",
            "table public.day_default2 (Test.day_default2): DEFAULT is a second default"
                + " partition, after that of partition public.day_default (DEFAULT), which"
                + " PostgreSQL refuses: give the partitions of public.by_day bounds that share no"
                + " value",
            "table public.number_d (Test.number_d): FOR VALUES FROM ('9.75') TO ('10.00') overlaps"
                + " the range of partition public.number_a (FOR VALUES FROM ('0') TO ('10.5')),"
                + " which PostgreSQL refuses: give the partitions of public.by_number bounds that"
                + " share no value",
            "table public.number_c (Test.number_c): FOR VALUES FROM ('20') TO ('20') is empty"
                + " (its lower bound is not below its upper bound), which PostgreSQL refuses: make"
                + " the upper bound the larger",
            "table public.code_c (Test.code_c): FOR VALUES IN ('4', '5') holds '4', a value of"
                + " partition public.code_b (FOR VALUES IN ('3', '3', '4')), which PostgreSQL"
                + " refuses: give the partitions of public.by_code bounds that share no value",
            "table public.hash_b (Test.hash_b): FOR VALUES WITH (MODULUS 8, REMAINDER 4) takes"
                + " rows of the remainder of partition public.hash_a (FOR VALUES WITH (MODULUS 4,"
                + " REMAINDER 0)), which PostgreSQL refuses: give the partitions of public.hashed"
                + " bounds that share no value",
            "table public.hash_d (Test.hash_d): FOR VALUES WITH (MODULUS 6, REMAINDER 3) has a"
                + " modulus that is not a factor or multiple of the modulus of partition"
                + " public.hash_a (FOR VALUES WITH (MODULUS 4, REMAINDER 0)), which PostgreSQL"
                + " refuses: give the partitions of public.hashed bounds that share no value",
            "table public.hash_d (Test.hash_d): FOR VALUES WITH (MODULUS 6, REMAINDER 3) has a"
                + " modulus that is not a factor or multiple of the modulus of partition"
                + " public.hash_b (FOR VALUES WITH (MODULUS 8, REMAINDER 4)), which PostgreSQL"
                + " refuses: give the partitions of public.hashed bounds that share no value",
            "table public.hash_d (Test.hash_d): FOR VALUES WITH (MODULUS 6, REMAINDER 3) has a"
                + " modulus that is not a factor or multiple of the modulus of partition"
                + " public.hash_c (FOR VALUES WITH (MODULUS 8, REMAINDER 1)), which PostgreSQL"
                + " refuses: give the partitions of public.hashed bounds that share no value");
  }

  @Test
  void aParenthesizedColumnKeyIsThatColumnAndMomentsCompareInUtc() {
    Table byMoment =
        table("by_moment", column("at", timestamptz()), primaryKey("at")).partitionByRange("at");
    Table wrapped =
        table("wrapped", column("a", integer()), primaryKey("a")).partitionByRange(expr("((a))"));
    assertThat(
            problems(
                byMoment,
                wrapped,
                table("january")
                    .partitionOf(() -> byMoment, valuesFrom("2024-01-01").to("2024-02-01")),
                table("february")
                    .partitionOf(
                        () -> byMoment,
                        valuesFrom("2024-02-01 00:30:00+01:00").to("2024-03-01 00:00:00+00")),
                table("march")
                    .partitionOf(() -> byMoment, valuesFrom("2024-03-01").to("2024-04-01"))))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .startsWith(
                        "table public.january (Test.january): FOR VALUES FROM ('2024-01-01 00:00:00+00')"
                            + " TO ('2024-02-01 00:00:00+00') overlaps the range of partition"
                            + " public.february (FOR VALUES FROM ('2024-01-31 23:30:00+00')"));
  }

  @Test
  void aNullListedByTwoPartitionsIsRefused() {
    Table byCode = table("by_code", column("code", text())).partitionByList("code");
    assertThat(
            problems(
                byCode,
                table("code_a").partitionOf(() -> byCode, valuesIn("x", null)),
                table("code_b").partitionOf(() -> byCode, valuesIn("y", null))))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("table public.code_b").contains("holds NULL"));
  }

  @Test
  void aPartitionedTableIsNeverUnloggedButItsPartitionsMayBe() {
    Table logs = table("logs", column("at", date())).partitionByRange("at").unlogged();
    Table kept = table("kept", column("at", date())).partitionByRange("at");
    assertThat(
            problems(
                logs,
                kept,
                table("kept_all").partitionOf(() -> kept, defaultPartition()).unlogged()))
        .containsExactly(
            "table public.logs (Test.logs) is partitioned and unlogged, which PostgreSQL 18"
                + " refuses and earlier versions ignore (its partitions stay logged): leave out"
                + " unlogged() here and make its partitions unlogged()");
  }

  @Test
  void featuresOfPartitionedTablesThatNeedANewerPostgresAreNamed() {
    Table target = table("target", column("id", integer()), primaryKey("id"));
    Table bookings =
        table(
                "bookings",
                column("room", integer()),
                column("target_id", integer()),
                exclude("btree", element("room", "=")),
                foreignKey("target_id").references(() -> target, "id").notValid())
            .partitionByList("room");
    SchemaModel model =
        translate(target, bookings)
            .withGrants(
                List.of(
                    new dev.shale.model.Grant(
                        "table",
                        "public",
                        "target",
                        null,
                        "auditor",
                        List.of("MAINTAIN", "SELECT"),
                        false)));
    assertThat(VersionRequirements.problems(model, 14))
        .containsExactlyInAnyOrder(
            "table public.target: the grant of MAINTAIN to auditor needs PostgreSQL 17",
            "public.bookings: exclusion constraint bookings_room_excl is on a partitioned table,"
                + " which needs PostgreSQL 17 (or put it on each partition)",
            "public.bookings: foreign key bookings_target_id_fkey is NOT VALID on a partitioned"
                + " table, which needs PostgreSQL 18 (or leave out notValid())");
    assertThat(VersionRequirements.problems(model, 17))
        .containsExactly(
            "public.bookings: foreign key bookings_target_id_fkey is NOT VALID on a partitioned"
                + " table, which needs PostgreSQL 18 (or leave out notValid())");
    assertThat(VersionRequirements.problems(model, 18)).isEmpty();
    assertThat(
            problems(
                table(
                        "unkeyed",
                        column("room", integer()),
                        column("at", date()),
                        exclude("btree", element("room", "=")))
                    .partitionByRange("at")))
        .singleElement()
        .satisfies(
            p -> assertThat(p).contains("exclusion constraint unkeyed_room_excl leaves out"));
  }
}
