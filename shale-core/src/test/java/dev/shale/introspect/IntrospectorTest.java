package dev.shale.introspect;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.SchemaDiff;
import dev.shale.loader.DeclaredObjects;
import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.loader.ModelTranslator;
import dev.shale.model.ColumnType;
import dev.shale.model.Extension;
import dev.shale.model.Policy;
import dev.shale.model.QualifiedName;
import dev.shale.model.RowSecurity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.TableStorage;
import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.StatementPlanner;
import dev.shale.testing.ForEachPgVersion;
import dev.shale.testing.PgVersion;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Introspection of real databases: filters, what is left out, what is listed as unmanaged. */
class IntrospectorTest {

  private static Introspection read(FreshDatabase db, IntrospectionFilter filter) {
    try (Connection c = db.connect()) {
      return Introspector.read(c, filter);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SchemaModel model(
      List<dev.shale.schema.Table> tables, List<PgEnum> enums, List<PgView> views) {
    return ModelTranslator.translate(
        new DeclaredObjects(
            List.<Declared<PgSchema>>of(),
            enums.stream().map(e -> new Declared<>(e, "Test." + e.name())).toList(),
            List.<Declared<PgSequence>>of(),
            tables.stream().map(t -> new Declared<>(t, "Test." + t.name())).toList(),
            views.stream().map(v -> new Declared<>(v, "Test." + v.name())).toList()));
  }

  /** export(model) applied to a fresh database of that version, then introspected. */
  private static SchemaModel roundTrip(PgVersion version, SchemaModel model) {
    String export =
        MigrationScript.plain(
            StatementPlanner.plan(
                SchemaDiff.create(model), new PlanOptions(version.major(), false)));
    try (FreshDatabase db = TestPostgres.freshDatabase(version)) {
      db.apply(export);
      List<String> schemas = new java.util.ArrayList<>(model.schemas());
      schemas.add("public");
      SchemaModel read = read(db, new IntrospectionFilter(schemas, List.of(), null)).model();
      assertEquals(List.of(), ModelDifference.between(model, read), "export:\n" + export);
      return read;
    }
  }

  @Test
  void tableGlobsWithExclusionsAndSchemas() {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(
          """
          CREATE SCHEMA app;
          CREATE SCHEMA other;
          CREATE TABLE users (id int);
          CREATE TABLE user_roles (id int);
          CREATE TABLE audit_log (id int);
          CREATE TABLE app.orders (id int);
          CREATE TABLE app.users (id int);
          CREATE TABLE other.hidden (id int);
          CREATE VIEW user_names AS SELECT id FROM users;
          """);
      assertThat(tableNames(read(db, IntrospectionFilter.DEFAULT)))
          .containsExactly("public.audit_log", "public.user_roles", "public.users");
      assertThat(
              tableNames(
                  read(
                      db,
                      new IntrospectionFilter(
                          List.of("public", "app"), List.of("user*", "!user_roles"), null))))
          .containsExactly("app.users", "public.users");
      assertThat(
              tableNames(
                  read(
                      db, new IntrospectionFilter(List.of("*", "!other"), List.of("app.*"), null))))
          .containsExactly("app.orders", "app.users");
      SchemaModel noAudit =
          read(db, new IntrospectionFilter(List.of("public"), List.of("!audit_*"), null)).model();
      assertThat(tableNames(noAudit)).containsExactly("public.user_roles", "public.users");
      assertThat(noAudit.views()).extracting(v -> v.name().name()).containsExactly("user_names");
      assertThat(
              read(db, new IntrospectionFilter(List.of("public"), List.of("!user_*"), null))
                  .model()
                  .views())
          .isEmpty();
    }
  }

  @Test
  void timestamptzValuesAreReadInUtcWhateverTheSessionsTimeZone() throws SQLException {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(
          """
          CREATE TABLE readings (taken_at timestamptz NOT NULL,
                                 since timestamptz DEFAULT '2024-03-01 12:00:00+01')
            PARTITION BY RANGE (taken_at);
          CREATE TABLE readings_2024 PARTITION OF readings
            FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
          """);
      try (Connection c = db.connect()) {
        try (var st = c.createStatement()) {
          st.execute("SET TimeZone = 'America/New_York'");
        }
        SchemaModel read = Introspector.read(c, IntrospectionFilter.DEFAULT).model();
        Table partition = read.table(new QualifiedName("public", "readings_2024")).orElseThrow();
        assertThat(partition.partitioning().bound().sql())
            .isEqualTo("FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')");
        assertThat(
                read.table(new QualifiedName("public", "readings"))
                    .orElseThrow()
                    .column("since")
                    .orElseThrow()
                    .defaultExpression())
            .contains("2024-03-01 11:00:00+00");
        try (var st = c.createStatement();
            var rs = st.executeQuery("SHOW TimeZone")) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo("America/New_York");
        }
      }
    }
  }

  private static List<String> tableNames(Introspection read) {
    return tableNames(read.model());
  }

  private static List<String> tableNames(SchemaModel model) {
    return model.tables().stream().map(t -> t.name().toString()).toList();
  }

  @Test
  void theHistoryTableIsNeverPartOfTheModel() {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(
          """
          CREATE SCHEMA shale;
          CREATE TABLE shale.migrations (name text PRIMARY KEY, checksum text);
          CREATE TABLE public.my_history (name text PRIMARY KEY);
          CREATE TABLE public.users (id int);
          """);
      SchemaModel both =
          read(db, new IntrospectionFilter(List.of("public", "shale"), List.of(), null)).model();
      assertThat(tableNames(both)).containsExactly("public.my_history", "public.users");
      assertThat(both.schemas()).as("a schema that only holds the history table").isEmpty();
      SchemaModel custom =
          read(db, new IntrospectionFilter(List.of("public"), List.of(), "my_history")).model();
      assertThat(tableNames(custom)).containsExactly("public.users");
    }
  }

  @ForEachPgVersion
  void extensionsAreModelledAndTheirObjectsLeftOut(PgVersion version) {
    try (FreshDatabase db = TestPostgres.freshDatabase(version)) {
      db.apply(
          """
          CREATE SCHEMA ext;
          CREATE EXTENSION citext;
          CREATE EXTENSION pg_trgm VERSION '1.5';
          CREATE EXTENSION btree_gist SCHEMA ext;
          CREATE TABLE people (id int PRIMARY KEY, email citext NOT NULL, tags citext[]);
          CREATE INDEX people_email_trgm ON people USING gin ((email::text) gin_trgm_ops);
          """);
      Introspection read = read(db, IntrospectionFilter.DEFAULT);
      assertThat(read.unmanaged()).isEmpty();
      String citext = read.model().extension("citext").orElseThrow().version();
      assertThat(read.model().extensions())
          .containsExactly(
              new Extension("citext", "public", citext), new Extension("pg_trgm", "public", "1.5"));
      assertThat(read.unpinnedModel().extensions())
          .as("the default version is not pinned, an older one is")
          .containsExactly(
              new Extension("citext", "public", null), new Extension("pg_trgm", "public", "1.5"));
      assertThat(
              read(db, new IntrospectionFilter(List.of("public", "ext"), List.of(), null))
                  .model()
                  .extension("btree_gist")
                  .orElseThrow()
                  .schema())
          .isEqualTo("ext");
      Table people = read.model().table(new QualifiedName("public", "people")).orElseThrow();
      assertThat(people.column("email").orElseThrow().type())
          .isEqualTo(new ColumnType(null, "citext", 0));
      assertThat(people.column("tags").orElseThrow().type())
          .isEqualTo(new ColumnType(null, "citext", 1));
      assertThat(people.indexes())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.method()).isEqualTo("gin");
                assertThat(i.elements().get(0).expression()).isEqualTo("(email::text)");
                assertThat(i.elements().get(0).opclass()).isEqualTo("gin_trgm_ops");
              });
      assertThat(read.model().enums()).isEmpty();
      assertThat(read.model().sequences()).isEmpty();
    }
  }

  @ForEachPgVersion
  void objectsTheModelDoesNotHoldAreListedNotModelled(PgVersion version) {
    try (FreshDatabase db = TestPostgres.freshDatabase(version)) {
      db.apply(
          """
          CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
          CREATE TYPE pair AS (a int, b int);
          CREATE TABLE accounts (id int PRIMARY KEY, mail email, p pair, owner_name text);
          CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
          CREATE PROCEDURE noop(n int) LANGUAGE sql AS $$SELECT 1$$;
          CREATE AGGREGATE total(int) (SFUNC = int4pl, STYPE = int);
          CREATE FUNCTION atomic_one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
          CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts
            FOR EACH ROW EXECUTE FUNCTION touch();
          ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
          CREATE POLICY own ON accounts USING (owner_name = current_user);
          CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
          CREATE POLICY recent ON events USING (at > '2024-01-01');
          CREATE TABLE events_2024 PARTITION OF events
            FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
          CREATE TRIGGER events_audit AFTER INSERT ON events
            FOR EACH ROW EXECUTE FUNCTION touch();
          ALTER TABLE events_2024 ALTER COLUMN id SET DEFAULT 0;
          CREATE TABLE bookings (id int, during int4range,
            EXCLUDE USING gist (during WITH &&));
          CREATE MATERIALIZED VIEW account_ids AS SELECT id FROM accounts;
          CREATE INDEX account_ids_id ON account_ids (id);
          CREATE RULE no_delete AS ON DELETE TO bookings DO INSTEAD NOTHING;
          CREATE UNLOGGED TABLE scratch (id int);
          """);
      Introspection read = read(db, IntrospectionFilter.DEFAULT);
      assertThat(read.unmanaged())
          .containsExactlyInAnyOrder(
              new UnmanagedObject("aggregate", "public.total(integer)"),
              new UnmanagedObject("function", "public.atomic_one()"),
              new UnmanagedObject("rule", "public.no_delete on bookings"),
              new UnmanagedObject("partition column default", "public.id of events_2024"));
      SchemaModel model = read.model();
      assertThat(tableNames(model))
          .containsExactly(
              "public.accounts",
              "public.bookings",
              "public.events",
              "public.events_2024",
              "public.scratch");
      assertThat(model.routines())
          .extracting(r -> r.signature())
          .containsExactly("public.noop(integer)", "public.touch()");
      Table accounts = model.table(new QualifiedName("public", "accounts")).orElseThrow();
      assertThat(accounts.security())
          .as("row level security and policies of a table are modelled")
          .isEqualTo(
              new RowSecurity(
                  true,
                  false,
                  List.of(
                      new Policy(
                          "own", true, "ALL", List.of(), "owner_name = CURRENT_USER", null))));
      assertThat(model.table(new QualifiedName("public", "events_2024")).orElseThrow().triggers())
          .as("the copy of a partitioned table's row trigger is not the partition's own")
          .isEmpty();
      assertThat(model.table(new QualifiedName("public", "events")).orElseThrow().triggers())
          .extracting(t -> t.name())
          .containsExactly("events_audit");
      assertThat(accounts.triggers())
          .as("a table's triggers are modelled")
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.name()).isEqualTo("accounts_touch");
                assertThat(t.timing()).isEqualTo("BEFORE");
                assertThat(t.events()).containsExactly("UPDATE");
                assertThat(t.forEachRow()).isTrue();
                assertThat(t.function()).isEqualTo(new QualifiedName("public", "touch"));
              });
      assertThat(accounts.column("mail").orElseThrow().type())
          .as("a domain column reads back as the domain")
          .isEqualTo(new ColumnType("public", "email", 0));
      assertThat(accounts.column("p").orElseThrow().type())
          .isEqualTo(new ColumnType("public", "pair", 0));
      assertThat(model.domains()).extracting(d -> d.name().name()).containsExactly("email");
      assertThat(model.composites()).extracting(c -> c.name().name()).containsExactly("pair");
      assertThat(model.table(new QualifiedName("public", "scratch")).orElseThrow().storageOrNone())
          .as("an unlogged table is modelled")
          .isEqualTo(new TableStorage(true, List.of()));
      Table bookings = model.table(new QualifiedName("public", "bookings")).orElseThrow();
      assertThat(bookings.indexes()).as("the exclusion constraint's index").isEmpty();
      assertThat(bookings.exclusions())
          .singleElement()
          .satisfies(x -> assertThat(x.operators()).containsExactly("&&"))
          .satisfies(x -> assertThat(x.method()).isEqualTo("gist"));
      assertThat(model.views())
          .singleElement()
          .satisfies(v -> assertThat(v.materialized()).isTrue())
          .satisfies(
              v ->
                  assertThat(v.indexes())
                      .as("a materialized view's indexes are modelled")
                      .extracting(dev.shale.model.Index::name)
                      .containsExactly("account_ids_id"));
      assertThat(read.warning())
          .startsWith(read.unmanaged().size() + " objects that Shale does not manage")
          .contains("rule public.no_delete on bookings")
          .doesNotContain("accounts_touch")
          .doesNotContain("events_audit");
    }
  }

  @ForEachPgVersion
  void namesOf63BytesCamelCaseReservedWordsSchemasCyclesAndQuotes(PgVersion version) {
    String name63 = "a".repeat(53) + "_customers";
    assertThat(name63.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(63);
    PgEnum status = schema("Billing").enumType("Invoice Status", "draft", "it's open", "paid");
    dev.shale.schema.Table customers =
        table(
            name63,
            column("id", bigint()).primaryKey().generatedByDefaultAsIdentity(),
            column("userId", integer()).notNull().comment("the \"owner\", it's 'quoted'"),
            column("select", text()).unique(),
            column("order", integer()).check("\"order\" >= 0"),
            column("invoice", bigint()).references("Billing.Invoice", "id").onDelete(SET_NULL));
    dev.shale.schema.Table invoices =
        schema("Billing")
            .table(
                "Invoice",
                column("id", bigint()).primaryKey(),
                column("customer_id", bigint()).references(name63, "id").deferrable(),
                column("status", status.type()).defaultSql("'draft'").notNull(),
                column("Total", numeric(12, 2)).check("\"Total\" >= 0"),
                index(key("status"), key("Total").desc().nullsLast())
                    .where("status <> 'paid'")
                    .include("customer_id"))
            .comment("invoices, 'with' quotes");
    PgView view =
        schema("Billing")
            .view("Open Invoices", "SELECT id, \"Total\" FROM \"Billing\".\"Invoice\"");
    SchemaModel model = model(List.of(customers, invoices), List.of(status), List.of(view));
    SchemaModel read = roundTrip(version, model);
    assertThat(read.schemas()).containsExactly("Billing");
    assertThat(read.tables()).hasSize(2);
  }

  @ForEachPgVersion
  void typesDefaultsIdentitySerialsGeneratedAndSequences(PgVersion version) {
    dev.shale.schema.UniqueDef nameAndCode = unique("name", "code");
    if (version.atLeast(15)) {
      nameAndCode.nullsNotDistinct();
    }
    PgEnum mood = enumType("mood", "ok", "meh");
    dev.shale.schema.Table t =
        table(
            "kinds",
            column("id", bigserial()).primaryKey(),
            column("small", smallserial()),
            column("code", character(3)).defaultSql("'abc'"),
            column("name", varchar(40)).defaultSql("'x'").check("length(name) > 1"),
            column("price", numeric(10, 2)).defaultSql("0").check("price >= 0"),
            column("whole", numeric(20)),
            column("at", timestamptz(3)).defaultSql("now()"),
            column("moods", mood.type().array()).defaultSql("'{ok}'::mood[]"),
            column("m", mood.type()).defaultSql("'meh'"),
            column("neg", integer()).defaultSql("-1"),
            column("big", bigint()).defaultSql("5000000000"),
            column("doc", jsonb()).defaultSql("'{}'::jsonb"),
            column("tags", text().array()).defaultSql("'{}'::text[]"),
            column("n", integer()).generatedAlwaysAs("length(name) * 2"),
            column("seq", integer())
                .generatedByDefaultAsIdentity(
                    sequenceOptions().startWith(10).incrementBy(5).maxValue(1000).cycle()),
            nameAndCode,
            index(expr("lower(name)")).unique().where("m = 'ok'"),
            index(key("name").opclass("text_pattern_ops")),
            index(key("m")).using("hash"),
            check("m IN ('ok', 'meh') OR price > 0"));
    roundTrip(version, model(List.of(t), List.of(mood), List.of()));
  }

  @Test
  void theNumberOfQueriesDoesNotGrowWithTheNumberOfTables() {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply("CREATE TABLE t0 (id int PRIMARY KEY, a text CHECK (a <> ''));");
      int one = countStatements(db);
      db.apply(
          """
          DO $$BEGIN FOR i IN 1..300 LOOP
            EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, a text CHECK (a <> %L),
              b int REFERENCES t0, c text DEFAULT %L)', i, '', 'x');
            EXECUTE format('CREATE INDEX ON t%s (lower(a)) WHERE b > 0', i);
            EXECUTE format('COMMENT ON TABLE t%s IS %L', i, 'table ' || i);
          END LOOP; END$$;
          """);
      AtomicInteger count = new AtomicInteger();
      long started = System.nanoTime();
      Introspection read;
      try (Connection c = counting(db.connect(), count)) {
        read = Introspector.read(c, IntrospectionFilter.DEFAULT);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertThat(read.model().tables()).hasSize(301);
      assertThat(count.get()).as("statements for 301 tables vs 1 table").isEqualTo(one);
      System.out.println(
          "IntrospectorTest: 301 tables read in " + millis + " ms, " + one + " statements");
    }
  }

  private static int countStatements(FreshDatabase db) {
    AtomicInteger count = new AtomicInteger();
    try (Connection c = counting(db.connect(), count)) {
      Introspector.read(c, IntrospectionFilter.DEFAULT);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return count.get();
  }

  /** The real connection, counting the statements it is asked to prepare or create. */
  private static Connection counting(Connection real, AtomicInteger count) {
    return (Connection)
        Proxy.newProxyInstance(
            IntrospectorTest.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("prepareStatement")
                  || method.getName().equals("createStatement")) {
                count.incrementAndGet();
              }
              try {
                return method.invoke(real, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void theConnectionIsLeftAsItWas() throws SQLException {
    try (FreshDatabase db = TestPostgres.freshDatabase();
        Connection c = db.connect()) {
      db.apply("CREATE SCHEMA app; CREATE TABLE app.t (id int);");
      try (var st = c.createStatement()) {
        st.execute("SET search_path = app, public");
      }
      Introspector.read(c, new IntrospectionFilter(List.of("app"), List.of(), null));
      assertThat(c.getAutoCommit()).isTrue();
      c.setAutoCommit(false);
      try (var st = c.createStatement()) {
        st.execute("SET LOCAL search_path = app");
      }
      SchemaModel inTransaction =
          Introspector.read(c, new IntrospectionFilter(List.of("app"), List.of(), null)).model();
      assertThat(tableNames(inTransaction)).containsExactly("app.t");
      try (var st = c.createStatement();
          var rs = st.executeQuery("SHOW search_path")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("app");
      }
      c.rollback();
      c.setAutoCommit(true);
      try (var st = c.createStatement();
          var rs = st.executeQuery("SHOW search_path")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("app, public");
      }
    }
  }

  @Test
  void aClosedConnectionIsAClearError() throws SQLException {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      Connection c = db.connect();
      c.close();
      assertThatThrownBy(() -> Introspector.read(c, IntrospectionFilter.DEFAULT))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageContaining("the connection to the database failed while reading it");
    }
  }
}
