package dev.shale.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The shape of a snapshot document, as the model's records define it: every field of every record
 * present with a value of the right kind (or absent, for the few the writer omits when null), no
 * unknown fields, enum values among the known ones. {@link #check} says each problem in plain words
 * with its JSON path, so that no binder's message reaches the user; {@link #isRequired} tells the
 * binder which fields it must refuse to leave null.
 */
final class SnapshotShape {
  /** Record components the writer leaves out when they are null. All others are required. */
  private static final Set<String> OPTIONAL =
      Set.of(
          "Table.primaryKey",
          "Table.comment",
          "Column.defaultExpression",
          "Column.identity",
          "Column.generatedExpression",
          "Column.comment",
          "ColumnType.schema",
          "Index.method",
          "Index.where",
          "IndexElement.column",
          "IndexElement.expression",
          "IndexElement.opclass",
          "IndexElement.order",
          "IndexElement.nulls",
          "SequenceOptions.start",
          "SequenceOptions.increment",
          "SequenceOptions.minValue",
          "SequenceOptions.maxValue",
          "SequenceOptions.cache",
          "Sequence.ownedBy",
          "View.comment",
          "SchemaModel.extensions",
          "Extension.version",
          "Table.rowSecurity",
          "Table.storage",
          "View.options",
          "Index.options",
          "Policy.using",
          "Policy.withCheck",
          "SchemaModel.routines",
          "Routine.returns",
          "RoutineArgument.name",
          "RoutineArgument.defaultValue",
          "CheckConstraint.notValid",
          "ForeignKey.notValid",
          "Column.collation",
          "View.indexes",
          "Table.exclusions",
          "ExclusionConstraint.method",
          "ExclusionConstraint.where",
          "Table.triggers",
          "Trigger.when",
          "Trigger.oldTable",
          "Trigger.newTable",
          "Trigger.from",
          "SchemaModel.domains",
          "SchemaModel.composites",
          "Domain.defaultExpression",
          "Domain.collation",
          "Table.partitioning",
          "Partitioning.key",
          "Partitioning.parent",
          "Partitioning.bound",
          "SchemaModel.grants",
          "SchemaModel.roles",
          "Grant.name",
          "Grant.arguments",
          "Grant.revoked");

  /**
   * Record components that are not part of the format: a declared model's {@code replaces(…)} never
   * reaches a snapshot, which holds the expansion it stands for instead.
   */
  private static final Set<String> NOT_IN_SNAPSHOTS = Set.of("Column.replaces");

  /**
   * Lists of kinds and flags that later versions of Shale added: left out when empty or false, so
   * that a schema without them writes the same snapshot as before, and read as empty or false when
   * absent.
   */
  static final Set<String> OMITTED_WHEN_EMPTY =
      Set.of(
          "SchemaModel.extensions",
          "SchemaModel.routines",
          "View.options",
          "Index.options",
          "CheckConstraint.notValid",
          "ForeignKey.notValid",
          "View.indexes",
          "Table.exclusions",
          "Table.triggers",
          "SchemaModel.domains",
          "SchemaModel.composites",
          "SchemaModel.grants",
          "SchemaModel.roles",
          "Grant.revoked");

  /** Whether the writer leaves out {@code record}'s component {@code name} when it is empty. */
  static boolean omittedWhenEmpty(Class<?> record, String name) {
    return OMITTED_WHEN_EMPTY.contains(record.getSimpleName() + "." + name);
  }

  /** What one element of each named list is called, to say which object a path is in. */
  private static final Map<String, String> ELEMENT =
      Map.ofEntries(
          Map.entry("tables", "table"),
          Map.entry("columns", "column"),
          Map.entry("enums", "enum"),
          Map.entry("sequences", "sequence"),
          Map.entry("views", "view"),
          Map.entry("indexes", "index"),
          Map.entry("uniques", "unique constraint"),
          Map.entry("foreignKeys", "foreign key"),
          Map.entry("checks", "check constraint"),
          Map.entry("policies", "policy"),
          Map.entry("triggers", "trigger"),
          Map.entry("grants", "grant"),
          Map.entry("roles", "role"));

  /**
   * One thing wrong with the document.
   *
   * @param path where: field names and list indexes from the root
   * @param text what is wrong, after the path: {@code must be true or false, not the string "yes"}
   */
  record Problem(List<Object> path, String text) {}

  private final List<Problem> problems = new ArrayList<>();

  private SnapshotShape() {}

  /** Every problem of {@code document} read as a {@code type}, in document order. */
  static List<Problem> check(JsonNode document, Class<?> type) {
    SnapshotShape shape = new SnapshotShape();
    shape.value(document, type, new ArrayList<>());
    return shape.problems;
  }

  private void add(List<Object> path, String text) {
    problems.add(new Problem(List.copyOf(path), text));
  }

  private void value(JsonNode node, Type type, List<Object> path) {
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (!fits(node, raw)) {
      add(path, "must be " + expected(raw) + ", not " + found(node, raw));
    } else if (raw == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      for (int i = 0; i < node.size(); i++) {
        path.add(i);
        value(node.get(i), element, path);
        path.remove(path.size() - 1);
      }
    } else if (raw.isRecord()) {
      record(node, raw, path);
    }
  }

  /** A record component as the checks need it: looked up once per record type. */
  private record Field(String name, Type type, boolean optional, boolean inSnapshots) {}

  private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

  private static List<Field> fields(Class<?> type) {
    return FIELDS.computeIfAbsent(
        type,
        t ->
            Arrays.stream(t.getRecordComponents())
                .map(
                    c ->
                        new Field(
                            c.getName(),
                            c.getGenericType(),
                            OPTIONAL.contains(t.getSimpleName() + "." + c.getName())
                                || NOT_IN_SNAPSHOTS.contains(t.getSimpleName() + "." + c.getName()),
                            !NOT_IN_SNAPSHOTS.contains(t.getSimpleName() + "." + c.getName())))
                .toList());
  }

  /**
   * Whether the binder must refuse a missing or null value for the {@code index}th component of
   * {@code record}: true for all but the {@link #OPTIONAL} ones.
   */
  static boolean isRequired(Class<?> record, int index) {
    List<Field> fields = fields(record);
    return index < fields.size() && !fields.get(index).optional();
  }

  private void record(JsonNode node, Class<?> type, List<Object> path) {
    List<Field> fields = fields(type).stream().filter(Field::inSnapshots).toList();
    for (Field field : fields) {
      JsonNode child = node.get(field.name());
      if (child == null && !field.optional()) {
        add(path, "has no \"" + field.name() + "\"");
      } else if (child != null && !(field.optional() && child.isNull())) {
        path.add(field.name());
        value(child, field.type(), path);
        path.remove(path.size() - 1);
      }
    }
    Set<String> known = fields.stream().map(Field::name).collect(Collectors.toSet());
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        add(
            path,
            "has a field \""
                + name
                + "\" that Shale does not know (the fields here are "
                + known.stream().sorted().collect(Collectors.joining(", "))
                + ")");
      }
    }
  }

  private static boolean fits(JsonNode node, Class<?> type) {
    if (type == String.class) {
      return node.isTextual();
    }
    if (type == int.class || type == Integer.class) {
      return node.isIntegralNumber() && node.canConvertToInt();
    }
    if (type == long.class || type == Long.class) {
      return node.isIntegralNumber() && node.canConvertToLong();
    }
    if (type == boolean.class || type == Boolean.class) {
      return node.isBoolean();
    }
    if (type.isEnum()) {
      return node.isTextual()
          && Arrays.stream(type.getEnumConstants())
              .anyMatch(c -> ((Enum<?>) c).name().equals(node.textValue()));
    }
    if (type == List.class) {
      return node.isArray();
    }
    if (type.isRecord()) {
      return node.isObject();
    }
    throw new IllegalStateException("the snapshot shape has no rule for " + type);
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> "\"" + ((Enum<?>) c).name() + "\"")
              .collect(Collectors.joining(", "));
    }
    return type == List.class ? "a list [...]" : "an object {...}";
  }

  /** The value as a person would name it: {@code the string "yes"}, {@code a list}, … */
  static String found(JsonNode node, Class<?> expected) {
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      String text = node.textValue();
      return "the string \""
          + (text.length() > 40 ? text.substring(0, 40) + "…" : text).replace("\n", "\\n")
          + "\"";
    }
    if (node.isNumber()) {
      boolean tooLarge =
          node.isIntegralNumber()
              && (expected == int.class ? !node.canConvertToInt() : !node.canConvertToLong());
      return "the number " + node.asText() + (tooLarge ? ", which is too large" : "");
    }
    if (node.isBoolean()) {
      return String.valueOf(node.booleanValue());
    }
    return node.isArray() ? "a list" : "an object";
  }

  /**
   * {@code schema.tables[0].columns[2].notNull}, or {@code the snapshot} for the root, followed by
   * the objects it is in where they have names: {@code (table public.users, column id)}.
   */
  static String describe(JsonNode document, List<Object> path) {
    if (path.isEmpty()) {
      return "the snapshot";
    }
    StringBuilder text = new StringBuilder();
    List<String> within = new ArrayList<>();
    JsonNode node = document;
    String list = null;
    for (Object step : path) {
      if (step instanceof Integer index) {
        text.append('[').append(index).append(']');
        node = node == null ? null : node.get(index);
        String name = name(node);
        if (name != null && ELEMENT.containsKey(list)) {
          within.add(ELEMENT.get(list) + " " + name);
        }
      } else {
        list = (String) step;
        text.append(text.length() == 0 ? "" : ".").append(list);
        node = node == null ? null : node.get(list);
      }
    }
    return text + (within.isEmpty() ? "" : " (" + String.join(", ", within) + ")");
  }

  /** The name of a list element: {@code id}, or {@code public.users} for a qualified one. */
  private static String name(JsonNode element) {
    JsonNode name = element == null ? null : element.get("name");
    if (name == null) {
      return null;
    }
    if (name.isTextual()) {
      return name.textValue();
    }
    JsonNode schema = name.get("schema");
    JsonNode simple = name.get("name");
    return schema != null && schema.isTextual() && simple != null && simple.isTextual()
        ? schema.textValue() + "." + simple.textValue()
        : null;
  }
}
