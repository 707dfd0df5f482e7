package dev.shale.junit;

import dev.shale.Shale;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Migrated template databases, one per server, migrations folder and history table, migrated once
 * per JVM; every test database is a copy of one ({@code CREATE DATABASE … TEMPLATE …}), which takes
 * milliseconds however many migrations built the template.
 */
final class TemplateDatabases {
  private static final Map<String, String> TEMPLATES = new HashMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger();

  private TemplateDatabases() {}

  /** A new database, a copy of the migrated template. */
  static String copy(PostgresServer server, Path migrations, String historyTable) {
    String template = template(server, migrations, historyTable);
    String name = "shale_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
    server.admin("CREATE DATABASE " + name + " TEMPLATE " + template);
    return name;
  }

  static void drop(PostgresServer server, String database) {
    server.admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  private static synchronized String template(
      PostgresServer server, Path migrations, String historyTable) {
    String key =
        System.identityHashCode(server) + "\n" + migrations.toAbsolutePath() + "\n" + historyTable;
    String existing = TEMPLATES.get(key);
    if (existing != null) {
      return existing;
    }
    String name = "shale_template_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
    server.admin("CREATE DATABASE " + name);
    try {
      var migration = Shale.migrator(server.dataSource(name), migrations);
      if (historyTable != null) {
        migration = migration.historyTable(historyTable);
      }
      migration.migrate();
    } catch (RuntimeException e) {
      // the next test class tries again and gets the same report, not a name clash
      drop(server, name);
      throw e;
    }
    TEMPLATES.put(key, name);
    return name;
  }
}
