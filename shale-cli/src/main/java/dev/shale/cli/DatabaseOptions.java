package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.HistoryTable;
import picocli.CommandLine.Option;

/** Which database a command works on, and its history table. */
final class DatabaseOptions {
  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "postgres://user:password@host:5432/db, jdbc:postgresql://…, or 'embedded' for a"
              + " throwaway server (default: url in shale.toml, then DATABASE_URL).")
  String url;

  Database open(Config config) {
    return Database.open(DatabaseUrl.parse(config.urlOr(url)));
  }

  /**
   * {@link #open}, refusing a connection pooler in transaction mode, where {@code command} could
   * not keep its session (and its lock); with {@code lasting}, also refusing {@code embedded}, on
   * which it would only {@code outcome}.
   */
  Database openSession(Config config, String command, boolean lasting, String outcome) {
    DatabaseUrl parsed = DatabaseUrl.parse(config.urlOr(url)).requireSession(command);
    return Database.open(lasting ? parsed.requireLasting(command, outcome) : parsed);
  }

  /**
   * {@link #open}, refusing {@code embedded}, on which {@code command} would only {@code outcome}.
   */
  Database openLasting(Config config, String command, String outcome) {
    return Database.open(DatabaseUrl.parse(config.urlOr(url)).requireLasting(command, outcome));
  }

  HistoryTable history(Config config) {
    return HistoryTable.parse(config.history());
  }
}
