package dev.shale.loader;

import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Collects every public static schema object of the given classes, in any order. */
final class SchemaCollector {
  private SchemaCollector() {}

  static DeclaredObjects collect(ClassLoader loader, List<String> classNames) {
    List<Declared<PgSchema>> schemas = new ArrayList<>();
    List<Declared<PgEnum>> enums = new ArrayList<>();
    List<Declared<PgSequence>> sequences = new ArrayList<>();
    List<Declared<Table>> tables = new ArrayList<>();
    List<Declared<PgView>> views = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> failures = new ArrayList<>();
    for (String className : classNames) {
      Class<?> type;
      try {
        type = Class.forName(className, true, loader);
      } catch (ExceptionInInitializerError e) {
        failures.add(describeInitFailure(className, e.getCause()));
        continue;
      } catch (ClassNotFoundException | LinkageError e) {
        failures.add(className + ": cannot load: " + e);
        continue;
      }
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) || !Modifier.isPublic(modifiers)) {
          continue;
        }
        Object value;
        try {
          field.setAccessible(true);
          value = field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
          failures.add(className + "." + field.getName() + ": cannot read: " + e);
          continue;
        }
        if (value == null || !seen.add(value)) {
          continue;
        }
        String origin = simpleName(className) + "." + field.getName();
        if (value instanceof Table t) {
          tables.add(new Declared<>(t, origin));
        } else if (value instanceof PgEnum e) {
          enums.add(new Declared<>(e, origin));
        } else if (value instanceof PgSequence s) {
          sequences.add(new Declared<>(s, origin));
        } else if (value instanceof PgView v) {
          views.add(new Declared<>(v, origin));
        } else if (value instanceof PgSchema s) {
          schemas.add(new Declared<>(s, origin));
        }
      }
    }
    if (!failures.isEmpty()) {
      throw new SchemaLoadException("the schema classes failed while loading", failures);
    }
    return new DeclaredObjects(schemas, enums, sequences, tables, views);
  }

  private static String describeInitFailure(String className, Throwable cause) {
    String where = className;
    for (StackTraceElement frame : cause.getStackTrace()) {
      if (frame.getClassName().equals(className)
          || frame.getClassName().startsWith(className + "$")) {
        where = frame.getFileName() + ":" + frame.getLineNumber();
        break;
      }
    }
    return where + ": " + cause;
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
