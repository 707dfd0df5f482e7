package dev.shale.loader;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every public static schema object of the given classes, in any order, and warns about
 * fields of schema types that are not public, not static or not final.
 */
final class SchemaCollector {
  private SchemaCollector() {}

  static DeclaredObjects collect(ClassLoader loader, List<String> classNames) {
    DeclaredObjects.Builder found = new DeclaredObjects.Builder();
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
        if (field.isSynthetic()) {
          continue;
        }
        if (!Modifier.isStatic(modifiers)) {
          if (FieldWarning.isSchemaType(field.getType())) {
            found.warn(warning(className, field, FieldWarning.Reason.NOT_STATIC, null));
          }
          continue;
        }
        Object value;
        try {
          field.setAccessible(true);
          value = field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
          if (Modifier.isPublic(modifiers)) {
            failures.add(className + "." + field.getName() + ": cannot read: " + e);
          }
          continue;
        }
        if (!FieldWarning.isSchemaObject(value)) {
          if (Modifier.isPublic(modifiers)) {
            found.add(value, simpleName(className) + "." + field.getName());
          }
          continue;
        }
        String holds = FieldWarning.describe(value);
        if (!Modifier.isPublic(modifiers)) {
          found.ignore(value, warning(className, field, FieldWarning.Reason.NOT_PUBLIC, holds));
          continue;
        }
        found.add(value, simpleName(className) + "." + field.getName());
        if (!Modifier.isFinal(modifiers)) {
          found.warn(warning(className, field, FieldWarning.Reason.NOT_FINAL, holds));
        }
      }
    }
    if (!failures.isEmpty()) {
      throw new SchemaLoadException("the schema classes failed while loading", failures);
    }
    return found.build();
  }

  private static FieldWarning warning(
      String className, Field field, FieldWarning.Reason reason, String holds) {
    return new FieldWarning(
        className,
        field.getName(),
        reason,
        FieldWarning.access(field.getModifiers()),
        holds,
        null,
        0);
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
