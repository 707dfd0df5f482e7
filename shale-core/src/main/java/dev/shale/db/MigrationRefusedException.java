package dev.shale.db;

/** {@code migrate} would not start: the folder and the history disagree, or an option is wrong. */
public final class MigrationRefusedException extends DatabaseException {
  private static final long serialVersionUID = 1L;

  public MigrationRefusedException(String message) {
    super(message);
  }
}
