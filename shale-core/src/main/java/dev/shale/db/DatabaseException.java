package dev.shale.db;

/**
 * A database command could not do its work: the message says what, where and what to do, and never
 * contains a password.
 */
public class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatabaseException(String message) {
    super(message);
  }

  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
