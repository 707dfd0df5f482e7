package dev.shale.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes snapshot JSON. Output is byte-stable: keys sorted, two-space indent, LF line
 * ends and a final newline, so that git diffs of snapshots read well.
 */
public final class SnapshotJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          // Only record components are data; isArray() and friends are derived.
          .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private static final DefaultPrettyPrinter PRINTER = printer();

  private SnapshotJson() {}

  private static DefaultPrettyPrinter printer() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  public static String write(Snapshot snapshot) {
    try {
      return MAPPER.writer(PRINTER).writeValueAsString(snapshot) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write snapshot " + snapshot.id(), e);
    }
  }

  public static Snapshot read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new SnapshotException(
          "snapshot "
              + file
              + " is not UTF-8 text: restore it from version control (git checkout -- "
              + file
              + ")",
          e);
    } catch (IOException e) {
      throw new SnapshotException("cannot read snapshot " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  static Snapshot parse(String text, String fileName) {
    try {
      Snapshot snapshot = MAPPER.readValue(text, Snapshot.class);
      if (snapshot.format() == Snapshot.FORMAT
          && Snapshot.DIALECT.equals(snapshot.dialect())
          && snapshot.id() != null
          && snapshot.schema() != null) {
        return snapshot;
      }
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      // Explained below, from the document's shape.
    }
    return explain(text, fileName);
  }

  /** Reads a snapshot that did not bind, to say precisely what is wrong with it. */
  private static Snapshot explain(String text, String fileName) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw corrupt(fileName, e);
    }
    if (text.isBlank()) {
      throw new SnapshotException(
          "snapshot "
              + fileName
              + " is empty: restore it from version control (git checkout -- "
              + fileName
              + ")");
    }
    if (tree == null || !tree.isObject()) {
      throw new SnapshotException(
          "snapshot "
              + fileName
              + " is not a JSON object: restore it from git (git checkout -- "
              + fileName
              + ")");
    }
    JsonNode format = tree.get("format");
    if (format == null || !format.isInt()) {
      throw new SnapshotException(
          "snapshot " + fileName + " has no \"format\" number: it is not a Shale snapshot");
    }
    if (format.asInt() < Snapshot.FORMAT) {
      throw new SnapshotException(
          "snapshot " + fileName + " has format " + format.asInt() + ", which Shale never wrote");
    }
    if (format.asInt() > Snapshot.FORMAT) {
      throw new SnapshotException(
          "snapshot "
              + fileName
              + " has format "
              + format.asInt()
              + ", newer than this Shale reads ("
              + Snapshot.FORMAT
              + "): upgrade Shale");
    }
    JsonNode dialect = tree.get("dialect");
    if (dialect == null || !Snapshot.DIALECT.equals(dialect.asText())) {
      throw new SnapshotException(
          "snapshot " + fileName + " is not for dialect \"postgresql\" (found " + dialect + ")");
    }
    for (String key : List.of("id", "prevId", "schema")) {
      if (tree.get(key) == null || tree.get(key).isNull()) {
        throw new SnapshotException(
            "snapshot "
                + fileName
                + " has no \""
                + key
                + "\": restore it from version control (git checkout -- "
                + fileName
                + ")");
      }
    }
    for (String key : List.of("schemas", "enums", "sequences", "tables", "views")) {
      if (!tree.get("schema").has(key)) {
        throw new SnapshotException(
            "snapshot "
                + fileName
                + " has no \"schema\"."
                + key
                + ": restore it from version control (git checkout -- "
                + fileName
                + ")");
      }
    }
    try {
      return MAPPER.treeToValue(tree, Snapshot.class);
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      throw corrupt(fileName, e);
    }
  }

  private static SnapshotException corrupt(String fileName, Exception e) {
    String where = "";
    if (e instanceof JsonProcessingException j && j.getLocation() != null) {
      JsonLocation location = j.getLocation();
      if (location.getLineNr() > 0) {
        where = " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      }
    }
    String reason =
        e instanceof JsonProcessingException j
            ? j.getOriginalMessage()
            : String.valueOf(e.getMessage());
    return new SnapshotException(
        "snapshot "
            + fileName
            + " is corrupt"
            + where
            + ": "
            + reason
            + "\n  restore it from version control (git checkout -- "
            + fileName
            + "); Shale has written nothing",
        e);
  }
}
