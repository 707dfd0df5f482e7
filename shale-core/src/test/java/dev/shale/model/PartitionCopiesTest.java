package dev.shale.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.SchemaLoader;
import dev.shale.testing.ForEachPgVersion;
import dev.shale.testing.PgVersion;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names Shale gives the copies of a parent's keys and indexes on a partition are the ones the
 * server gives them: after the key and INCLUDE columns, numbered past the partition's own index.
 */
class PartitionCopiesTest {
  private static final String SCHEMA =
      """
      import static dev.shale.schema.Pg.*;

      import dev.shale.schema.*;

      public final class Schema {
        public static final Table ORDERS =
            table(
                    "orders",
                    column("id", bigint()).notNull(),
                    column("placed", date()).notNull(),
                    column("customer", text()),
                    primaryKey("id", "placed"),
                    unique("customer", "placed"),
                    index("customer").include("id"),
                    index("customer").where("customer <> ''"))
                .partitionByRange("placed");

        public static final Table ORDERS_2024 =
            table("orders_2024", index("customer").include("id").where("customer IS NOT NULL"))
                .partitionOf(() -> ORDERS, valuesFrom("2024-01-01").to("2025-01-01"));
      }
      """;

  /** The parent's keys and indexes made in the model's order, as a migration would make them. */
  private static final String PARENT =
      """
      CREATE TABLE orders (
        id bigint NOT NULL,
        placed date NOT NULL,
        customer text,
        CONSTRAINT orders_pkey PRIMARY KEY (id, placed),
        CONSTRAINT orders_customer_placed_key UNIQUE (customer, placed)
      ) PARTITION BY RANGE (placed);
      CREATE INDEX orders_customer_id_idx ON orders (customer) INCLUDE (id);
      CREATE INDEX orders_customer_idx ON orders (customer) WHERE customer <> '';
      """;

  @TempDir Path dir;

  @ForEachPgVersion
  void copiesAreNamedAsTheServerNamesThem(PgVersion version) throws Exception {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
    Path source = dir.resolve("Schema.java");
    Files.writeString(source, SCHEMA);
    SchemaModel model = SchemaLoader.fromSources(List.of(source));
    QualifiedName parent = new QualifiedName("public", "orders");
    Set<String> inUse = model.relationNames("public");

    try (FreshDatabase db = TestPostgres.freshDatabase(version);
        Connection c = db.connect()) {
      db.apply(PARENT);
      // The partition's own index first, then attached: the copy of orders_customer_id_idx finds
      // its name taken.
      db.apply(
          "CREATE TABLE orders_2024 (LIKE orders);\n"
              + "CREATE INDEX orders_2024_customer_id_idx ON orders_2024 (customer) INCLUDE (id)"
              + " WHERE customer IS NOT NULL;\n"
              + "ALTER TABLE orders ATTACH PARTITION orders_2024"
              + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n"
              + "CREATE TABLE orders_2025 PARTITION OF orders"
              + " FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');");

      assertThat(PartitionCopies.of(model, parent, "orders_2024", inUse::contains).names())
          .containsExactlyInAnyOrderElementsOf(copies(c, "orders_2024"))
          .contains("orders_2024_customer_id_idx1");
      assertThat(PartitionCopies.of(model, parent, "orders_2025", inUse::contains).names())
          .containsExactlyInAnyOrderElementsOf(copies(c, "orders_2025"))
          .contains("orders_2025_customer_id_idx");
    }
  }

  /** The names of a partition's indexes that are attached to one of its parent's. */
  private static List<String> copies(Connection c, String partition) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                    + " JOIN pg_inherits h ON h.inhrelid = x.indexrelid"
                    + " WHERE x.indrelid = '"
                    + partition
                    + "'::regclass ORDER BY 1")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
