package dev.shale.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * How other migration tools run a file, read from its name and its neighbours, for {@code
 * --assume-in-transaction}: what "the tool wraps the file in a transaction" means for each.
 */
final class ToolConventions {
  private ToolConventions() {}

  /** Prisma's {@code <14 digits>_<name>/migration.sql}. */
  private static final Pattern PRISMA_FOLDER = Pattern.compile("\\d{14}_.+");

  /** Diesel's {@code metadata.toml} line that turns its transaction off. */
  private static final Pattern NO_TRANSACTION =
      Pattern.compile("(?m)^\\s*run_in_transaction\\s*=\\s*false\\s*(#.*)?$");

  /**
   * Whether the tool sends the file to the server as one query string, which PostgreSQL runs as one
   * implicit transaction only when it holds several statements: Prisma Migrate, and Diesel for an
   * {@code up.sql} whose {@code metadata.toml} has {@code run_in_transaction = false} (it then runs
   * the file without BEGIN, in one batch). golang-migrate and sqlx share the {@code *.up.sql}
   * naming but not their way (sqlx wraps each file in a transaction), so such files keep the flag's
   * meaning.
   */
  static boolean oneQueryString(Path file) {
    if (file == null || file.getFileName() == null || file.getParent() == null) {
      return false;
    }
    String name = file.getFileName().toString();
    Path parent = file.getParent();
    if (name.equals("migration.sql")
        && parent.getFileName() != null
        && PRISMA_FOLDER.matcher(parent.getFileName().toString()).matches()) {
      return true;
    }
    if (!name.equals("up.sql")) {
      return false;
    }
    Path metadata = parent.resolve("metadata.toml");
    try {
      return Files.isRegularFile(metadata)
          && NO_TRANSACTION.matcher(Files.readString(metadata)).find();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
