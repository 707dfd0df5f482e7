package dev.shale.loader;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** Collects every public static schema object of the given classes, in any order. */
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
        found.add(value, simpleName(className) + "." + field.getName());
      }
    }
    if (!failures.isEmpty()) {
      throw new SchemaLoadException("the schema classes failed while loading", failures);
    }
    return found.build();
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
