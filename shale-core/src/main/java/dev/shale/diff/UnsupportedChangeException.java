package dev.shale.diff;

/** A change PostgreSQL cannot make in place and Shale will not make by dropping data. */
public final class UnsupportedChangeException extends IllegalStateException {
  public UnsupportedChangeException(String message) {
    super(message);
  }
}
