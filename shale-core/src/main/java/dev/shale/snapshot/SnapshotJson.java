package dev.shale.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.shale.snapshot.SnapshotShape.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes snapshot JSON. Output is byte-stable: keys sorted, two-space indent, LF line
 * ends and a final newline, so that git diffs of snapshots read well. {@link SnapshotCodec} reads
 * and writes the usual documents; the data binder here, set up only when it is needed, defines the
 * format, reads what the codec leaves to it and explains what is wrong with a broken file.
 */
public final class SnapshotJson {
  private SnapshotJson() {}

  /** The binder, made on first use: setting it up costs about as much as reading a snapshot. */
  private static final class Binder {
    private Binder() {}

    /** Writes snapshots. */
    private static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // Only record components are data; isArray() and friends are derived.
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .annotationIntrospector(new LaterKinds())
            .build();

    /**
     * Reads strictly: a key twice in one object, text after the document, a value of another kind
     * than the field's (a string for a number, a number for an enum or a string, 1.5 for an
     * integer) are errors, not converted; and so is a missing or null field, or a null in a list,
     * except for the fields the writer leaves out when they are null. It fails fast and says
     * little: {@link SnapshotShape} then explains.
     */
    private static final ObjectReader READER =
        JsonMapper.builder()
            .annotationIntrospector(new RequiredFields())
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(
                LogicalType.Textual,
                c ->
                    c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build()
            .readerFor(Snapshot.class);
  }

  /** Leaves out the lists of {@link SnapshotShape#OMITTED_WHEN_EMPTY} when they are empty. */
  private static final class LaterKinds extends JacksonAnnotationIntrospector {
    @Override
    public JsonInclude.Value findPropertyInclusion(Annotated member) {
      if (member instanceof AnnotatedMember m
          && m.getDeclaringClass().isRecord()
          && SnapshotShape.omittedWhenEmpty(m.getDeclaringClass(), m.getName())) {
        JsonInclude.Include omit =
            m.getRawType() == boolean.class
                ? JsonInclude.Include.NON_DEFAULT
                : JsonInclude.Include.NON_EMPTY;
        return JsonInclude.Value.construct(omit, omit);
      }
      return super.findPropertyInclusion(member);
    }
  }

  /** Marks every record component but the optional ones as required, and null as refused. */
  private static final class RequiredFields extends JacksonAnnotationIntrospector {
    private static boolean required(Annotated member) {
      return member instanceof AnnotatedParameter p
          && p.getDeclaringClass().isRecord()
          && SnapshotShape.isRequired(p.getDeclaringClass(), p.getIndex());
    }

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember member) {
      return required(member) ? Boolean.TRUE : super.hasRequiredMarker(member);
    }

    @Override
    public JsonSetter.Value findSetterInfo(Annotated member) {
      if (required(member)) {
        return JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL);
      }
      if (member instanceof AnnotatedParameter p && p.getRawType() == boolean.class) {
        // A flag that later versions added: false when absent.
        return JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.AS_EMPTY);
      }
      return super.findSetterInfo(member);
    }
  }

  /**
   * The pretty printer of snapshots (two-space indent, {@code "key": value}); stateful, so one per
   * document. Shale's other JSON output uses it too.
   */
  public static DefaultPrettyPrinter printer() {
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
    String json = SnapshotCodec.write(snapshot, printer());
    return json != null ? json : bound(snapshot) + "\n";
  }

  /** The snapshot as the binder writes it (without the final newline): the format's definition. */
  static String bound(Snapshot snapshot) {
    try {
      return Binder.MAPPER.writer(printer()).writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write snapshot " + snapshot.id(), e);
    }
  }

  /** The snapshot in {@code text} as the binder reads it. */
  static Snapshot bound(String text) throws JsonProcessingException {
    return Binder.READER.readValue(text);
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

  /**
   * The snapshot in {@code text}. Anything wrong is a {@link SnapshotException} in plain words that
   * names the file, the line and column, and the JSON path ({@code
   * schema.tables[0].columns[1].notNull}), and says how to restore the file.
   */
  static Snapshot parse(String text, String fileName) {
    if (text.isBlank()) {
      throw new SnapshotException("snapshot " + fileName + " is empty" + restore(fileName));
    }
    Snapshot read = SnapshotCodec.read(text);
    if (read == null) {
      try {
        read = bound(text);
      } catch (JsonProcessingException | RuntimeException e) {
        // Explained below, from the document, in plain words.
      }
    }
    if (read != null
        && read.format() == Snapshot.FORMAT
        && Snapshot.DIALECT.equals(read.dialect())) {
      return read;
    }
    return explain(text, fileName);
  }

  /**
   * Reads a snapshot that did not bind again, to say precisely what is wrong with it: only a broken
   * file pays for the second reading.
   */
  private static Snapshot explain(String text, String fileName) {
    JsonNode tree;
    try {
      tree = Binder.READER.readTree(text);
    } catch (JsonProcessingException e) {
      throw notJson(text, fileName, e);
    }
    if (!tree.isObject()) {
      throw new SnapshotException(
          "snapshot "
              + fileName
              + " is corrupt: it holds "
              + SnapshotShape.found(tree, Object.class)
              + ", not a JSON object {...}"
              + restore(fileName));
    }
    checkFormat(tree, fileName);
    List<Problem> problems = SnapshotShape.check(tree, Snapshot.class);
    if (!problems.isEmpty()) {
      throw corrupt(text, fileName, tree, problems, null);
    }
    try {
      return Binder.READER.treeToValue(tree, Snapshot.class);
    } catch (JsonProcessingException | RuntimeException e) {
      // The shape was checked; what is left is a value the model refuses (a negative dimension).
      throw corrupt(text, fileName, tree, List.of(new Problem(path(e), notAccepted(e))), e);
    }
  }

  /** The format and dialect come first: a newer format may have any shape. */
  private static void checkFormat(JsonNode tree, String fileName) {
    JsonNode format = tree.get("format");
    if (format == null) {
      throw new SnapshotException(
          "snapshot "
              + fileName
              + " has no \"format\": it is not a Shale snapshot"
              + restore(fileName));
    }
    if (format.isIntegralNumber() && format.canConvertToInt()) {
      if (format.intValue() < Snapshot.FORMAT) {
        throw new SnapshotException(
            "snapshot "
                + fileName
                + " has format "
                + format.intValue()
                + ", which Shale never wrote"
                + restore(fileName));
      }
      if (format.intValue() > Snapshot.FORMAT) {
        throw new SnapshotException(
            "snapshot "
                + fileName
                + " has format "
                + format.intValue()
                + ", newer than this Shale reads ("
                + Snapshot.FORMAT
                + "): upgrade Shale");
      }
    }
    JsonNode dialect = tree.get("dialect");
    if (dialect != null && dialect.isTextual() && !Snapshot.DIALECT.equals(dialect.textValue())) {
      throw new SnapshotException(
          "snapshot "
              + fileName
              + " is for dialect \""
              + dialect.textValue()
              + "\", not \""
              + Snapshot.DIALECT
              + "\": it was not written by this Shale"
              + restore(fileName));
    }
  }

  private static String restore(String fileName) {
    return "\n  restore it from version control (git checkout -- "
        + fileName
        + "); Shale has written nothing";
  }

  /** A document that is not JSON: where, why, and the line with a caret under the place. */
  private static SnapshotException notJson(
      String text, String fileName, JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 1 : Math.max(1, location.getLineNr());
    int column = location == null ? 1 : Math.max(1, location.getColumnNr());
    String reason;
    String original = String.valueOf(e.getOriginalMessage());
    Matcher token = UNRECOGNIZED_TOKEN.matcher(original);
    Matcher duplicate = DUPLICATE_KEY.matcher(original);
    boolean cutInAWord =
        token.lookingAt()
            && List.of("true", "false", "null").stream()
                .anyMatch(w -> w.startsWith(token.group(1)));
    if (e instanceof JsonEOFException
        || (atEnd(text, line, column) && (!token.lookingAt() || cutInAWord))) {
      reason = "the text ends before the JSON does: the file looks cut short";
    } else if (duplicate.lookingAt()) {
      reason = "the key \"" + duplicate.group(1) + "\" appears twice in one object";
    } else if (token.lookingAt()) {
      column = Math.max(1, column - token.group(1).length());
      reason =
          "\""
              + token.group(1)
              + "\" is not a JSON value (values are \"strings\", numbers, true, false, null,"
              + " [lists] and {objects})";
    } else if (e instanceof MismatchedInputException) {
      reason = "more text follows the end of the JSON object";
    } else {
      reason = "unexpected " + charAt(text, line, column);
    }
    return new SnapshotException(
        "snapshot "
            + fileName
            + " is corrupt (not valid JSON) at line "
            + line
            + ", column "
            + column
            + ": "
            + reason
            + excerpt(text, line, column)
            + restore(fileName),
        e);
  }

  private static final Pattern UNRECOGNIZED_TOKEN =
      Pattern.compile("(?:Unrecognized|Non-standard) token '(.+?)'");
  private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '(.*)'");

  private static String lineText(String text, int line) {
    String[] lines = text.split("\r?\n|\r", -1);
    return line - 1 < lines.length ? lines[line - 1] : "";
  }

  private static boolean atEnd(String text, int line, int column) {
    String rest = text.lines().skip(line).collect(java.util.stream.Collectors.joining());
    String here = lineText(text, line);
    return rest.isBlank() && column > here.stripTrailing().length();
  }

  private static String charAt(String text, int line, int column) {
    String here = lineText(text, line);
    if (column - 1 >= here.length()) {
      return "end of line";
    }
    char c = here.charAt(column - 1);
    return "'" + c + "'" + (c == '\'' ? " (JSON strings and keys take double quotes)" : "");
  }

  /** The line, shortened around the column, and a caret under the column. */
  private static String excerpt(String text, int line, int column) {
    String here = lineText(text, line);
    int from = Math.max(0, column - 60);
    int to = Math.min(here.length(), column + 20);
    if (from >= to) {
      return "";
    }
    String shown = here.substring(from, to);
    String pad =
        shown.substring(0, Math.min(shown.length(), column - 1 - from)).replaceAll("[^\t]", " ");
    return "\n    " + shown + "\n    " + pad + "^";
  }

  /** A document of the wrong shape: each problem with its line, column and JSON path. */
  private static SnapshotException corrupt(
      String text, String fileName, JsonNode tree, List<Problem> problems, Exception cause) {
    record Located(int line, int column, String text) {}
    List<Located> located = new ArrayList<>();
    for (Problem p : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))) {
      JsonLocation at = locate(text, p.path());
      located.add(
          new Located(
              at == null ? 1 : at.getLineNr(),
              at == null ? 1 : at.getColumnNr(),
              SnapshotShape.describe(tree, p.path()) + " " + p.text()));
    }
    located.sort(Comparator.comparingInt(Located::line).thenComparingInt(Located::column));
    List<String> lines =
        located.stream()
            .map(l -> "line " + l.line() + ", column " + l.column() + ": " + l.text())
            .toList();
    String more =
        problems.size() > MAX_PROBLEMS
            ? "\n  and " + (problems.size() - MAX_PROBLEMS) + " more problems"
            : "";
    String head =
        located.size() == 1
            ? " is corrupt at " + lines.get(0)
            : " is corrupt:\n  " + String.join("\n  ", lines) + more;
    return new SnapshotException("snapshot " + fileName + head + restore(fileName), cause);
  }

  private static final int MAX_PROBLEMS = 10;

  /** Where the value at {@code path} starts in {@code text}, or null. */
  private static JsonLocation locate(String text, List<Object> path) {
    try (JsonParser parser = Binder.MAPPER.getFactory().createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
          continue;
        }
        if (pathOf(parser.getParsingContext(), token).equals(path)) {
          return parser.currentTokenLocation();
        }
      }
    } catch (IOException e) {
      // the document was read once already; no location is a lesser message, not a failure
    }
    return null;
  }

  private static List<Object> pathOf(JsonStreamContext context, JsonToken token) {
    java.util.LinkedList<Object> path = new java.util.LinkedList<>();
    JsonStreamContext c = token.isStructStart() ? context.getParent() : context;
    for (; c != null && !c.inRoot(); c = c.getParent()) {
      path.addFirst(c.inArray() ? (Object) c.getCurrentIndex() : c.getCurrentName());
    }
    return path;
  }

  /** The JSON path of a binding failure. */
  private static List<Object> path(Exception e) {
    List<Object> path = new ArrayList<>();
    if (e instanceof JsonMappingException m) {
      for (JsonMappingException.Reference r : m.getPath()) {
        path.add(r.getFieldName() != null ? r.getFieldName() : (Object) r.getIndex());
      }
    }
    return path;
  }

  /** What the model said about a value it refused, if it said it in plain words. */
  private static String notAccepted(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException
          && t.getStackTrace().length > 0
          && t.getStackTrace()[0].getClassName().startsWith("dev.shale.")) {
        return "cannot be read: " + t.getMessage();
      }
    }
    return "cannot be read";
  }
}
