package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.PgVersion;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A project for the database commands, with a fresh test database of its own: db/Schema.java
 * holding the given fields, shale.toml, and runs of the real CLI against that database. Closing it
 * drops the database.
 */
final class PushProject implements AutoCloseable {
  private final Path dir;
  private final FreshDatabase db;

  private PushProject(Path dir, FreshDatabase db) {
    this.dir = dir;
    this.db = db;
  }

  /** A project in {@code dir} with a fresh database on the default server. */
  static PushProject in(Path dir) {
    return new PushProject(dir, TestPostgres.freshDatabase());
  }

  /** A project in {@code dir} with a fresh database on the server of {@code version}. */
  static PushProject in(Path dir, PgVersion version) {
    return new PushProject(dir, TestPostgres.freshDatabase(version));
  }

  Path dir() {
    return dir;
  }

  FreshDatabase db() {
    return db;
  }

  /** Writes db/Schema.java with {@code fields} as its body, and shale.toml with {@code toml}. */
  PushProject schema(String fields, String toml) throws IOException {
    Files.createDirectories(dir.resolve("db"));
    Files.writeString(
        dir.resolve("db/Schema.java"),
        "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\n"
            + "public final class Schema {\n"
            + fields
            + "\n}\n");
    Files.writeString(dir.resolve("shale.toml"), "schema = [\"db/*.java\"]\n" + toml);
    return this;
  }

  PushProject schema(String fields) throws IOException {
    return schema(fields, "");
  }

  /** Declares {@code fields}, pushes them (which must succeed), then runs {@code sql}. */
  void pushed(String fields, String sql) throws IOException {
    schema(fields);
    ok("push");
    if (!sql.isEmpty()) {
      db.apply(sql);
    }
  }

  /** The CLI with {@code args}, then {@code --url} of the test database. */
  CliRun shale(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--url");
    all.add(db.uri());
    return CliRun.in(dir, all.toArray(String[]::new));
  }

  /** {@link #shale}, which must exit 0. */
  CliRun ok(String... args) {
    CliRun run = shale(args);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return run;
  }

  /** The first column of every row of {@code sql}, as text. */
  List<String> query(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  @Override
  public void close() {
    db.close();
  }
}
