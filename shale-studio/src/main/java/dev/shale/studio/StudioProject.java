package dev.shale.studio;

import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.DatabaseUrl;
import java.time.Duration;

/**
 * What the studio shows: a project (its config, the declared schema), and optionally a database.
 *
 * @param database the database of {@code --url}, or null; the studio closes it when it stops
 * @param write whether the page may change rows
 * @param statementTimeout how long any query the page runs may take
 * @param shadow the server where the snapshot is normalized for drift, or null for the default
 */
public record StudioProject(
    Config config,
    DeclaredSchema schema,
    Database database,
    boolean write,
    Duration statementTimeout,
    DatabaseUrl shadow) {
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(5);

  public StudioProject {
    if (write && database == null) {
      throw new IllegalArgumentException("--write needs a database: give --url too");
    }
  }
}
