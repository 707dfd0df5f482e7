package dev.shale.snapshot;

/** A snapshot or migration folder that cannot be read or written; the message names the file. */
public final class SnapshotException extends RuntimeException {
  public SnapshotException(String message) {
    super(message);
  }

  public SnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}
