package dev.shale.db;

import dev.shale.snapshot.MigrationFile;
import dev.shale.sql.ScriptSplitter;
import java.util.regex.Pattern;

/**
 * A migration without statements: only comments and whitespace, such as an untouched {@code shale
 * generate --custom} file. Applying it would record it as done, and SQL written into it later would
 * never run (the file would only count as modified), so {@code migrate} refuses it unless a line
 * {@code -- shale:empty} says it is empty on purpose.
 */
public final class EmptyMigration {
  /** The line that marks a migration as empty on purpose. */
  public static final String MARKER = "-- shale:empty";

  private static final Pattern MARKER_LINE =
      Pattern.compile("(?m)^[ \\t\\uFEFF]*" + Pattern.quote(MARKER) + "[ \\t]*\\r?$");

  private EmptyMigration() {}

  /** Whether {@code file} holds no statement and does not say that it is empty on purpose. */
  static boolean isUnintended(MigrationFile file) {
    return !ScriptSplitter.hasStatements(file.sql()) && !MARKER_LINE.matcher(file.sql()).find();
  }

  /** Why {@code migrate} refuses {@code file}, and the three ways on. */
  static String refusal(MigrationFile file) {
    return file.name()
        + " ("
        + file.path()
        + ") holds no SQL statement, only comments: applied, it would be recorded as done, and SQL"
        + " added to it later would never run. Write its SQL; or, if you do not need it, delete it"
        + " and its snapshot ("
        + file.name()
        + ".json in the snapshots folder); or, if it is meant to be empty, add the line "
        + MARKER
        + " to it";
  }
}
