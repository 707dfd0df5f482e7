package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names {@code shale generate} gives migration files: at most 60 characters, whole words. */
class MigrationNamingTest {
  @TempDir Path project;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  /** Generates for a schema of {@code tables}; returns the written migration's name (no stamp). */
  private String generate(List<String> tables, String... flags) throws Exception {
    TableSchema.write(project, tables);
    CliRun run =
        CliRun.in(
            project, Stream.concat(Stream.of("generate"), Stream.of(flags)).toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
      String file = files.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).get();
      assertThat(file).matches("\\d{14}_.*\\.sql");
      return file.substring(15, file.length() - ".sql".length());
    }
  }

  @Test
  void aLongDerivedNameKeepsAndMoreWholeAndCutsTheRestAtAWord() throws Exception {
    // create_<table> is 52 characters, so create_<table>_and_more was cut to ..._tier_id_and_mor
    String table = "customer_loyalty_programme_membership_tier_id";
    assertThat("create_" + table).hasSize(52);

    String name = generate(List.of(table, "zebra"));

    assertThat(name).isEqualTo("create_customer_loyalty_programme_membership_tier_and_more");
  }

  @Test
  void aLongSingleChangeNameIsCutAfterItsLastWholeWord() throws Exception {
    String table = "customer_loyalty_programme_membership_tier_history_entries";

    String name = generate(List.of(table));

    assertThat(name).isEqualTo("create_customer_loyalty_programme_membership_tier_history");
  }

  @Test
  void aLongNameFlagIsCutAtAWordToo() throws Exception {
    String name =
        generate(
            List.of("t"),
            "--name",
            "Backfill the invoice totals for every customer that migrated from the old system");

    assertThat(name)
        .isEqualTo("backfill_the_invoice_totals_for_every_customer_that_migrated")
        .hasSizeLessThanOrEqualTo(60);
  }

  @Test
  void theMigrationsOfOnePlanShareTheirBaseAndNoNameEndsOnAConnectingWord() throws Exception {
    String table = "customer_loyalty_programme_memberships";
    String before =
        "  public static final Table T = table(\"%s\", column(\"id\", bigint()).primaryKey(),"
            + " column(\"email_address\", text())%s);\n";
    writeSchema(before.formatted(table, "", ""));
    assertThat(CliRun.in(project, "generate").exitCode()).isZero();
    writeSchema(before.formatted(table, ".notNull().unique()"));
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).as(run.toString()).isZero();

    List<String> names;
    try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
      names =
          files
              .map(p -> p.getFileName().toString())
              .sorted()
              .skip(1)
              .map(f -> f.substring(15, f.length() - ".sql".length()))
              .toList();
    }
    assertThat(names).hasSize(3);
    String base = names.get(0);
    assertThat(names.get(1)).isEqualTo(base + "_concurrently");
    assertThat(names.get(2)).isEqualTo(base + "_validate");
    assertThat(names).allSatisfy(n -> assertThat(n).hasSizeLessThanOrEqualTo(60));
    assertThat(base).startsWith("set_customer_loyalty").endsWith("_and_more");
    assertThat(base.substring(0, base.length() - "_and_more".length()))
        .doesNotMatch(".*_(on|and|to|of)$");
  }

  private void writeSchema(String body) throws Exception {
    Files.createDirectories(project.resolve("db"));
    Files.writeString(
        project.resolve("db/Schema.java"),
        "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\npublic final class"
            + " Schema {\n"
            + body
            + "}\n");
    Files.writeString(project.resolve("shale.toml"), "schema = [\"db/*.java\"]\n");
  }
}
