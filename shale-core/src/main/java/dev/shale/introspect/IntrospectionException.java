package dev.shale.introspect;

/** Introspection could not read the database; the message says why and what to do. */
public final class IntrospectionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IntrospectionException(String message) {
    super(message);
  }

  public IntrospectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
