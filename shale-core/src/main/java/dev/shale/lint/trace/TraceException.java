package dev.shale.lint.trace;

/** The trace could not run at all: no connection, or the schema before the files failed. */
public final class TraceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TraceException(String message, Throwable cause) {
    super(message, cause);
  }
}
