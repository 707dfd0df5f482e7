package dev.shale.db;

import dev.shale.snapshot.MigrationFile;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.ScriptSplitter;
import dev.shale.sql.ScriptStatement;
import dev.shale.sql.SqlScriptSyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration file split into statements, checked before anything runs.
 *
 * @param file the file
 * @param noTransaction whether it starts with {@code -- shale:no-transaction}
 * @param statements its statements, in order
 */
public record PreparedMigration(
    MigrationFile file, boolean noTransaction, List<ScriptStatement> statements) {
  private static final Pattern ROLLBACK_TO_SAVEPOINT =
      Pattern.compile("(?is)rollback(\\s+(work|transaction))?\\s+to\\b.*");

  private static final Pattern PREPARE_TRANSACTION =
      Pattern.compile("(?is)prepare\\s+transaction\\b.*");

  private static final Pattern SESSION_CHANGE =
      Pattern.compile(
          "(?is)^(?:reset\\b|set\\s+(?!local\\b|constraints\\b|transaction\\b))|\\bset_config\\s*\\(");
  private static final Pattern CONCURRENTLY =
      Pattern.compile("(?i)^(?:create|drop|reindex|alter)\\b[^;]*?\\bconcurrently\\b");

  private static final Pattern MISPLACED_MARKER =
      Pattern.compile("(?im)^\\s*--\\s*shale\\s*:\\s*no-?transaction\\s*$");

  public PreparedMigration {
    statements = List.copyOf(statements);
  }

  /**
   * Splits and checks {@code file}.
   *
   * @throws MigrationRefusedException for a file that cannot be split, or a transactional file that
   *     controls the transaction itself
   */
  public static PreparedMigration of(MigrationFile file) {
    List<ScriptStatement> statements;
    try {
      statements = ScriptSplitter.split(file.sql());
    } catch (SqlScriptSyntaxException e) {
      throw new MigrationRefusedException(
          file.path() + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
    }
    boolean noTransaction = MigrationScript.isNoTransaction(file.sql());
    Matcher marker = MISPLACED_MARKER.matcher(file.sql());
    if (!noTransaction && marker.find()) {
      int line =
          (int) file.sql().substring(0, marker.start()).chars().filter(ch -> ch == '\n').count()
              + 1;
      throw new MigrationRefusedException(
          file.path()
              + ":"
              + line
              + ": a no-transaction marker that is not the file's first line, or not written"
              + " exactly as "
              + MigrationScript.NO_TRANSACTION
              + ", does nothing: put it alone on line 1");
    }
    if (!noTransaction) {
      for (ScriptStatement statement : statements) {
        if (controlsTransaction(statement.sql())) {
          throw new MigrationRefusedException(
              file.path()
                  + ":"
                  + statement.line()
                  + ": statement "
                  + statement.number()
                  + " ("
                  + firstWord(statement.sql())
                  + ") controls the transaction, but Shale runs each migration in a transaction"
                  + " of its own: remove it, or start the file with "
                  + MigrationScript.NO_TRANSACTION);
        }
      }
    }
    return new PreparedMigration(file, noTransaction, statements);
  }

  public String name() {
    return file.name();
  }

  /** Name, kind and size; not the SQL. */
  @Override
  public String toString() {
    return "PreparedMigration[name="
        + name()
        + ", noTransaction="
        + noTransaction
        + ", "
        + statements.size()
        + " statements]";
  }

  /**
   * Whether a statement may change session settings that outlive the migration ({@code SET}, {@code
   * RESET}, {@code set_config}), so that they must be put back after it.
   */
  boolean changesSession() {
    return statements.stream().anyMatch(s -> SESSION_CHANGE.matcher(s.sql()).find());
  }

  /** Whether {@code sql} is a {@code CONCURRENTLY} operation (index build, drop, reindex, …). */
  static boolean isConcurrent(String sql) {
    return CONCURRENTLY.matcher(sql).find();
  }

  private static boolean controlsTransaction(String sql) {
    return switch (firstWord(sql)) {
      case "BEGIN", "START", "COMMIT", "END", "ABORT" -> true;
      case "PREPARE" -> PREPARE_TRANSACTION.matcher(sql).matches();
      case "ROLLBACK" -> !ROLLBACK_TO_SAVEPOINT.matcher(sql).matches();
      default -> false;
    };
  }

  private static String firstWord(String sql) {
    int end = 0;
    while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
      end++;
    }
    return sql.substring(0, end).toUpperCase(Locale.ROOT);
  }
}
