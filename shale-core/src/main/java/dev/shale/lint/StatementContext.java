package dev.shale.lint;

import dev.shale.sql.LockMode;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.QualifiedName;
import dev.shale.sql.parse.Source;
import java.util.List;

/**
 * A statement with what the linter knows when it runs: whether it runs inside a transaction (one
 * the file opened or the tool's), whether a lock_timeout is in force, the schema as the earlier
 * migrations left it, the locks it takes on relations that existed before this deploy, and the
 * statements before it in its transaction. Computed once per statement by {@link FileLinter} and
 * handed to every rule.
 *
 * @param index 0-based position of the statement in the file
 * @param inTransaction whether the statement runs inside a transaction block
 * @param toolTransaction whether that block is the one the migration tool wraps the file in
 * @param transaction the number of the transaction it runs in (equal numbers: same transaction)
 * @param lockTimeout whether a non-zero lock_timeout is in force for it
 * @param locks the locks it takes on relations that existed before this deploy
 */
public record StatementContext(
    FileContext file,
    int index,
    ParsedStatement statement,
    boolean inTransaction,
    boolean toolTransaction,
    int transaction,
    boolean lockTimeout,
    List<Lock> locks) {

  public StatementContext {
    locks = List.copyOf(locks);
  }

  public Source source() {
    return statement.source();
  }

  public KnownSchema schema() {
    return file.schema();
  }

  public int pgVersion() {
    return file.settings().pgVersion();
  }

  /** Whether the relation was created in this deploy (statements on it carry no lock risk). */
  public boolean isNew(QualifiedName relation) {
    return file.schema().isNew(relation);
  }

  /**
   * The statements before this one in the same transaction block, in order. A view kept by the
   * file: rules that look at every statement keep running state instead of walking it each time.
   */
  public List<StatementContext> earlierInTransaction() {
    return file.earlierInTransaction(this);
  }

  /** The statements of class {@code kind} before this one in the same transaction block. */
  public List<StatementContext> earlierInTransaction(Class<? extends ParsedStatement> kind) {
    return file.earlierInTransaction(this, kind);
  }

  /** The strongest lock the statement takes on an existing relation, or null. */
  public Lock strongestLock() {
    Lock strongest = null;
    for (Lock lock : locks) {
      if (strongest == null || lock.mode().compareTo(strongest.mode()) > 0) {
        strongest = lock;
      }
    }
    return strongest;
  }

  /** Whether it takes an ACCESS EXCLUSIVE lock on an existing relation. */
  public boolean takesAccessExclusive() {
    return locks.stream().anyMatch(l -> l.mode() == LockMode.ACCESS_EXCLUSIVE);
  }
}
