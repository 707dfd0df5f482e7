package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Snapshot JSON through Jackson's streaming parser and generator, driven by the model's record
 * components, without the data binder: the binder spends about as long finding out how to bind each
 * record type as it then spends reading or writing a 1,000-table snapshot.
 *
 * <p>The writer emits what the binder configured in {@link SnapshotJson} emits: the components of
 * each record sorted by name, nulls left out, enums by name. The reader takes only documents that
 * the binder would read to the same snapshot: exactly the record components, each once, of exactly
 * the kind its type needs (a JSON string for a String, a whole number within range for an int),
 * null only for the components the writer leaves out, nothing after the document. On anything else
 * it answers null, and {@link SnapshotJson} hands the text to the binder, which reads it or says
 * precisely what is wrong; so errors are worded as before.
 */
final class SnapshotCodec {
  private static final JsonFactory JSON = new JsonFactory();

  private SnapshotCodec() {}

  /** A record component as the codec reads and writes it. */
  private record Part(String name, Method accessor, Type type, boolean optional) {}

  /** A record type: its components in declaration order and by name, and how to make one. */
  private record Shape(
      List<Part> declared, List<Part> byName, Map<String, Integer> index, Constructor<?> make) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          List<Part> declared = new ArrayList<>();
          Map<String, Integer> index = new HashMap<>();
          Class<?>[] types = new Class<?>[components.length];
          for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            declared.add(
                new Part(
                    c.getName(),
                    c.getAccessor(),
                    c.getGenericType(),
                    !SnapshotShape.isRequired(type, i)));
            index.put(c.getName(), i);
            types[i] = c.getType();
          }
          List<Part> byName = new ArrayList<>(declared);
          byName.sort(Comparator.comparing(Part::name));
          try {
            return new Shape(
                List.copyOf(declared),
                List.copyOf(byName),
                Map.copyOf(index),
                type.getDeclaredConstructor(types));
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + type + " has no canonical constructor", e);
          }
        }
      };

  private static final ClassValue<Map<String, Object>> ENUM_CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> byName = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
          }
          return Map.copyOf(byName);
        }
      };

  /**
   * The document with a final newline, or null when something in the snapshot is not of a kind the
   * model declares.
   */
  static String write(Snapshot snapshot, PrettyPrinter printer) {
    StringWriter text = new StringWriter(64 * 1024);
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.setPrettyPrinter(printer);
      if (!write(out, snapshot)) {
        return null;
      }
    } catch (IOException | ReflectiveOperationException e) {
      return null;
    }
    text.write('\n');
    return text.toString();
  }

  private static boolean write(JsonGenerator out, Object value)
      throws IOException, ReflectiveOperationException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof Integer i) {
      out.writeNumber(i);
    } else if (value instanceof Long l) {
      out.writeNumber(l);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof Enum<?> e) {
      out.writeString(e.name());
    } else if (value instanceof List<?> list) {
      out.writeStartArray();
      for (Object element : list) {
        if (!write(out, element)) {
          return false;
        }
      }
      out.writeEndArray();
    } else if (value.getClass().isRecord()) {
      out.writeStartObject();
      for (Part part : SHAPES.get(value.getClass()).byName()) {
        Object field = part.accessor().invoke(value);
        boolean omitted =
            (field instanceof List<?> l && l.isEmpty() || Boolean.FALSE.equals(field))
                && SnapshotShape.omittedWhenEmpty(value.getClass(), part.name());
        if (field != null && !omitted) {
          out.writeFieldName(part.name());
          if (!write(out, field)) {
            return false;
          }
        }
      }
      out.writeEndObject();
    } else {
      return false;
    }
    return true;
  }

  /** Thrown inside the reader at the first thing it leaves to the binder. */
  private static final class Unusual extends Exception {
    Unusual() {
      super(null, null, false, false);
    }
  }

  private static final Unusual UNUSUAL = new Unusual();

  /** The snapshot in {@code text}, or null when the binder should read it. */
  static Snapshot read(String text) {
    try (JsonParser in = JSON.createParser(text)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Object snapshot = record(in, Snapshot.class);
      return in.nextToken() == null ? (Snapshot) snapshot : null;
    } catch (IOException | RuntimeException | Unusual e) {
      return null;
    }
  }

  /** The value of the current token, {@code in} at its first token (never JSON null). */
  private static Object value(JsonParser in, JsonToken token, Type type)
      throws IOException, Unusual {
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      require(token == JsonToken.VALUE_STRING);
      return in.getText();
    }
    if (raw == int.class || raw == Integer.class) {
      require(
          token == JsonToken.VALUE_NUMBER_INT && in.getNumberType() == JsonParser.NumberType.INT);
      return in.getIntValue();
    }
    if (raw == long.class || raw == Long.class) {
      require(
          token == JsonToken.VALUE_NUMBER_INT
              && (in.getNumberType() == JsonParser.NumberType.INT
                  || in.getNumberType() == JsonParser.NumberType.LONG));
      return in.getLongValue();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      require(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE);
      return token == JsonToken.VALUE_TRUE;
    }
    if (raw.isEnum()) {
      require(token == JsonToken.VALUE_STRING);
      Object constant = ENUM_CONSTANTS.get(raw).get(in.getText());
      require(constant != null);
      return constant;
    }
    if (raw == List.class) {
      require(token == JsonToken.START_ARRAY);
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> list = new ArrayList<>();
      for (JsonToken next = in.nextToken(); next != JsonToken.END_ARRAY; next = in.nextToken()) {
        require(next != null && next != JsonToken.VALUE_NULL);
        list.add(value(in, next, element));
      }
      return list;
    }
    require(raw.isRecord() && token == JsonToken.START_OBJECT);
    return record(in, raw);
  }

  /** A record, {@code in} just past its START_OBJECT. */
  private static Object record(JsonParser in, Class<?> type) throws IOException, Unusual {
    Shape shape = SHAPES.get(type);
    Object[] values = new Object[shape.declared().size()];
    boolean[] seen = new boolean[values.length];
    for (JsonToken token = in.nextToken(); token != JsonToken.END_OBJECT; token = in.nextToken()) {
      require(token == JsonToken.FIELD_NAME);
      Integer at = shape.index().get(in.currentName());
      require(at != null && !seen[at]);
      seen[at] = true;
      Part part = shape.declared().get(at);
      JsonToken value = in.nextToken();
      require(value != null);
      if (value == JsonToken.VALUE_NULL) {
        require(part.optional());
      } else {
        values[at] = value(in, value, part.type());
      }
    }
    for (int i = 0; i < values.length; i++) {
      Part part = shape.declared().get(i);
      require(seen[i] || part.optional());
      if (values[i] == null && part.type() == boolean.class) {
        values[i] = false;
      }
    }
    try {
      return shape.make().newInstance(values);
    } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
      // The model refused a value: the binder reads it again and says which.
      throw UNUSUAL;
    }
  }

  private static void require(boolean usual) throws Unusual {
    if (!usual) {
      throw UNUSUAL;
    }
  }
}
