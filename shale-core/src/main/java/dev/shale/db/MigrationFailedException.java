package dev.shale.db;

/** A statement of a migration failed; {@link #failure()} has the details. */
public final class MigrationFailedException extends DatabaseException {
  private static final long serialVersionUID = 1L;
  private final transient StatementFailure failure;

  public MigrationFailedException(StatementFailure failure, Throwable cause) {
    super(failure.render(), cause);
    this.failure = failure;
  }

  public StatementFailure failure() {
    return failure;
  }
}
