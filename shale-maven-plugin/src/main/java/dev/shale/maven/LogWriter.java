package dev.shale.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each line to the build log as soon as it is complete. */
final class LogWriter extends Writer {
  private final Consumer<String> log;
  private final StringBuilder line = new StringBuilder();
  private String first;
  private String firstError;
  private String last;

  LogWriter(Consumer<String> log) {
    this.log = log;
  }

  @Override
  public synchronized void write(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c == '\n') {
        emit();
      } else if (c != '\r') {
        line.append(c);
      }
    }
  }

  private void emit() {
    String text = line.toString();
    line.setLength(0);
    if (!text.isBlank()) {
      last = text;
      if (firstError == null && text.startsWith("error:")) {
        firstError = text;
      }
      if (first == null) {
        first = text;
      }
    }
    log.accept(text);
  }

  /** The first {@code error:} line, else the first line that was not blank, or null. */
  synchronized String firstError() {
    return firstError != null ? firstError : first;
  }

  /** The first line that was not blank, or null. */
  synchronized String firstLine() {
    return first;
  }

  /** The last line that was not blank, or null. */
  synchronized String lastLine() {
    return last;
  }

  /** Lines go out when complete (the plugin runs commands with --no-input: no prompts). */
  @Override
  public void flush() {}

  @Override
  public synchronized void close() {
    if (line.length() > 0) {
      emit();
    }
  }
}
