package dev.shale.loader;

import java.util.List;

/** The schema source could not be compiled or run: every message, each naming its file. */
public final class SchemaLoadException extends RuntimeException {
  private final List<String> messages;

  public SchemaLoadException(String summary, List<String> messages) {
    super(summary + (messages.isEmpty() ? "" : ":\n  " + String.join("\n  ", messages)));
    this.messages = List.copyOf(messages);
  }

  public List<String> messages() {
    return messages;
  }
}
