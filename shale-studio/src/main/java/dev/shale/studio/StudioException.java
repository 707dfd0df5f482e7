package dev.shale.studio;

/** A request the studio refuses or cannot answer: an HTTP status and a message for the page. */
public final class StudioException extends RuntimeException {
  private final int status;

  public StudioException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static StudioException badRequest(String message) {
    return new StudioException(400, message);
  }

  static StudioException notFound(String message) {
    return new StudioException(404, message);
  }
}
