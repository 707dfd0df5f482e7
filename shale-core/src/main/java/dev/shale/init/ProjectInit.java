package dev.shale.init;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code shale init} writes into a folder: {@code shale.toml}, a starter schema class and the
 * migrations and snapshots folders. It never writes over a file: a folder that already holds a
 * {@code shale.toml} or the starter class is refused before anything is written.
 */
public final class ProjectInit {
  private ProjectInit() {}

  /** Where the starter schema class goes, relative to the project. */
  public static final Path SCHEMA_FILE = Path.of("src", "main", "java", "db", "Schema.java");

  public static final Path CONFIG_FILE = Path.of("shale.toml");

  /** What was written: files and folders made, relative to the project. */
  public record Written(List<Path> files, List<Path> folders) {}

  /**
   * Writes the project into {@code dir}, with {@code pgVersion} as the target when it is known
   * (null: left to the default, with a commented line saying so).
   *
   * @throws IllegalStateException when a file it would write exists; nothing is written then
   */
  public static Written write(Path dir, Integer pgVersion) throws IOException {
    List<String> existing = new ArrayList<>();
    for (Path file : List.of(CONFIG_FILE, SCHEMA_FILE)) {
      if (Files.exists(dir.resolve(file))) {
        existing.add(file.toString());
      }
    }
    if (!existing.isEmpty()) {
      throw new IllegalStateException(
          dir.toAbsolutePath().normalize()
              + " already has "
              + String.join(" and ", existing)
              + ": shale init writes nothing over an existing project (edit those files, or run"
              + " it in an empty folder)");
    }
    List<Path> folders = new ArrayList<>();
    for (Path folder :
        List.of(SCHEMA_FILE.getParent(), Path.of("migrations"), Path.of("snapshots"))) {
      if (!Files.isDirectory(dir.resolve(folder))) {
        Files.createDirectories(dir.resolve(folder));
        folders.add(folder);
      }
    }
    Files.writeString(dir.resolve(CONFIG_FILE), config(pgVersion));
    Files.writeString(dir.resolve(SCHEMA_FILE), starterSchema());
    return new Written(List.of(CONFIG_FILE, SCHEMA_FILE), List.copyOf(folders));
  }

  static String config(Integer pgVersion) {
    return "# Shale: the schema is declared in Java; generate writes the migrations and snapshots.\n"
        + "schema = [\"src/main/java/db/*.java\"]\n"
        + "migrations = \"migrations\"\n"
        + "snapshots = \"snapshots\"\n"
        + "# url = \"postgres://user@localhost:5432/app\"   # default: DATABASE_URL\n"
        + (pgVersion == null
            ? "# pgVersion = 16   # the oldest PostgreSQL you deploy to (default 14)\n"
            : "pgVersion = " + pgVersion + "   # read from DATABASE_URL by shale init\n");
  }

  static String starterSchema() {
    return """
        package db;

        import static dev.shale.schema.Pg.*;

        import dev.shale.schema.Table;

        /**
         * The database schema, declared for Shale: every public static Table here is a table. Edit
         * it, then run shale generate to write the migration.
         */
        public final class Schema {
          // An example, to uncomment or replace:
          //
          // public static final Table USERS =
          //     table(
          //         "users",
          //         column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          //         column("email", text()).notNull().unique(),
          //         column("created_at", timestamptz()).notNull().defaultNow());

          private Schema() {}
        }
        """;
  }
}
