package dev.shale.loader;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgExtension;
import dev.shale.schema.PgFunction;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.List;

/**
 * A field of a schema type that Shale does not read as declared: one that is not public or not
 * static (ignored), or one that is not final (read, but it could be reassigned).
 *
 * @param className the binary name of the class that declares it
 * @param field the field's name
 * @param reason what is wrong with its modifiers
 * @param access {@code private}, {@code protected}, {@code package-private} or {@code public}
 * @param holds what it holds, as {@code table public.users}, or null when it was not read
 * @param file the source file, or null when unknown (compiled classes)
 * @param line the line where the declaration starts, or 0 when unknown
 */
public record FieldWarning(
    String className,
    String field,
    Reason reason,
    String access,
    String holds,
    String file,
    int line) {

  /** Why the field is not read as declared. */
  public enum Reason {
    /** Static but not public: ignored. */
    NOT_PUBLIC,
    /** An instance field: ignored. */
    NOT_STATIC,
    /** Public static but not final: read, with a warning. */
    NOT_FINAL
  }

  /** The schema types Shale collects from fields. */
  static final List<Class<?>> SCHEMA_TYPES =
      List.of(
          Table.class,
          PgEnum.class,
          PgSequence.class,
          PgView.class,
          PgSchema.class,
          PgExtension.class,
          PgFunction.class,
          dev.shale.schema.PgDomain.class,
          dev.shale.schema.PgComposite.class,
          dev.shale.schema.PgRole.class);

  /** Located warnings first by file and line, then by class; otherwise in the order found. */
  static final Comparator<FieldWarning> ORDER =
      Comparator.comparing(FieldWarning::file, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(FieldWarning::line)
          .thenComparing(FieldWarning::className);

  /** The access word of {@code modifiers}: {@code private}, {@code package-private}, … */
  static String access(int modifiers) {
    if (Modifier.isPublic(modifiers)) {
      return "public";
    }
    if (Modifier.isProtected(modifiers)) {
      return "protected";
    }
    return Modifier.isPrivate(modifiers) ? "private" : "package-private";
  }

  /** Whether {@code value} is a schema object Shale would collect from a public static field. */
  static boolean isSchemaObject(Object value) {
    return value != null && SCHEMA_TYPES.stream().anyMatch(t -> t.isInstance(value));
  }

  /** Whether a field declared with {@code type} can hold a schema object. */
  static boolean isSchemaType(Class<?> type) {
    return SCHEMA_TYPES.stream().anyMatch(type::isAssignableFrom);
  }

  /** {@code table public.users}, {@code enum public.mood}, {@code schema billing}, … */
  static String describe(Object value) {
    if (value instanceof Table t) {
      return "table " + t.schema() + "." + t.name();
    }
    if (value instanceof PgEnum e) {
      return "enum " + e.schema() + "." + e.name();
    }
    if (value instanceof PgSequence s) {
      return "sequence " + s.schema() + "." + s.name();
    }
    if (value instanceof PgView v) {
      return (v.materialized() ? "materialized view " : "view ") + v.schema() + "." + v.name();
    }
    if (value instanceof PgExtension x) {
      return "extension " + x.name();
    }
    if (value instanceof dev.shale.schema.PgRole r) {
      return "role " + r.name();
    }
    if (value instanceof PgFunction f) {
      return (f.procedure() ? "procedure " : "function ") + f.schema() + "." + f.name();
    }
    if (value instanceof dev.shale.schema.PgDomain
        || value instanceof dev.shale.schema.PgComposite) {
      return value.toString();
    }
    return "schema " + ((PgSchema) value).name();
  }

  /** This warning at {@code file:line}. */
  FieldWarning at(String sourceFile, int sourceLine) {
    return new FieldWarning(className, field, reason, access, holds, sourceFile, sourceLine);
  }

  /** Where it is declared: {@code Schema.USERS (db/Schema.java:7)}. */
  public String where() {
    String simple = className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    return simple + "." + field + (file == null ? "" : " (" + file + ":" + line + ")");
  }

  /** The text shown to the user, after {@code warning: }. */
  public String message() {
    String fix = "declare it public static final";
    return switch (reason) {
      case NOT_PUBLIC ->
          where()
              + " is "
              + access
              + ", so Shale ignores "
              + holds
              + ": "
              + fix
              + " (Shale reads only public static fields)";
      case NOT_STATIC ->
          where()
              + " is not static, so Shale ignores it: "
              + fix
              + " (Shale reads only public static fields)";
      case NOT_FINAL ->
          where()
              + " is not final: Shale reads "
              + holds
              + " from it, but other code could assign the field another value; "
              + fix;
    };
  }
}
