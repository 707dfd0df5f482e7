package dev.shale.lint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.shale.snapshot.SnapshotJson;
import java.io.IOException;
import java.io.StringWriter;

/** Writes the JSON formats: two-space indents, {@code "key": value}, a final newline. */
final class JsonOutput {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonOutput() {}

  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  static void write(Appendable out, Body body) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.setPrettyPrinter(SnapshotJson.printer());
      body.write(json);
    }
    out.append(text.toString()).append('\n');
  }

  /** Writes {@code "name": value}, or {@code "name": null}. */
  static void string(JsonGenerator json, String name, String value) throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }
}
