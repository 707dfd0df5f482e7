package dev.shale.loader;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgExtension;
import dev.shale.schema.PgFunction;
import dev.shale.schema.PgRole;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;
import dev.shale.schema.UserType;
import java.util.List;

/**
 * Every schema object found in the user's classes, with where each came from ({@code Class.FIELD})
 * for error messages, and the fields of schema types that were not read as declared.
 */
public record DeclaredObjects(
    List<Declared<PgSchema>> schemas,
    List<Declared<PgEnum>> enums,
    List<Declared<PgSequence>> sequences,
    List<Declared<Table>> tables,
    List<Declared<PgView>> views,
    List<Declared<PgExtension>> extensions,
    List<Declared<PgFunction>> functions,
    List<FieldWarning> warnings,
    List<Declared<UserType>> userTypes,
    List<Declared<PgRole>> roles) {

  /** Objects without roles. */
  public DeclaredObjects(
      List<Declared<PgSchema>> schemas,
      List<Declared<PgEnum>> enums,
      List<Declared<PgSequence>> sequences,
      List<Declared<Table>> tables,
      List<Declared<PgView>> views,
      List<Declared<PgExtension>> extensions,
      List<Declared<PgFunction>> functions,
      List<FieldWarning> warnings,
      List<Declared<UserType>> userTypes) {
    this(
        schemas,
        enums,
        sequences,
        tables,
        views,
        extensions,
        functions,
        warnings,
        userTypes,
        List.of());
  }

  /** Objects without domains and composite types. */
  public DeclaredObjects(
      List<Declared<PgSchema>> schemas,
      List<Declared<PgEnum>> enums,
      List<Declared<PgSequence>> sequences,
      List<Declared<Table>> tables,
      List<Declared<PgView>> views,
      List<Declared<PgExtension>> extensions,
      List<Declared<PgFunction>> functions,
      List<FieldWarning> warnings) {
    this(schemas, enums, sequences, tables, views, extensions, functions, warnings, List.of());
  }

  /** Objects without extensions and warnings. */
  public DeclaredObjects(
      List<Declared<PgSchema>> schemas,
      List<Declared<PgEnum>> enums,
      List<Declared<PgSequence>> sequences,
      List<Declared<Table>> tables,
      List<Declared<PgView>> views) {
    this(schemas, enums, sequences, tables, views, List.of(), List.of(), List.of());
  }

  /** Objects without functions. */
  public DeclaredObjects(
      List<Declared<PgSchema>> schemas,
      List<Declared<PgEnum>> enums,
      List<Declared<PgSequence>> sequences,
      List<Declared<Table>> tables,
      List<Declared<PgView>> views,
      List<Declared<PgExtension>> extensions,
      List<FieldWarning> warnings) {
    this(schemas, enums, sequences, tables, views, extensions, List.of(), warnings);
  }

  /** An object and the field that declared it. */
  public record Declared<T>(T object, String origin) {}

  /** Sorts found objects by kind, each object once however many fields hold it. */
  static final class Builder {
    private final List<Declared<PgSchema>> schemas = new java.util.ArrayList<>();
    private final List<Declared<PgEnum>> enums = new java.util.ArrayList<>();
    private final List<Declared<PgSequence>> sequences = new java.util.ArrayList<>();
    private final List<Declared<Table>> tables = new java.util.ArrayList<>();
    private final List<Declared<PgView>> views = new java.util.ArrayList<>();
    private final List<Declared<PgExtension>> extensions = new java.util.ArrayList<>();
    private final List<Declared<PgFunction>> functions = new java.util.ArrayList<>();
    private final List<Declared<UserType>> userTypes = new java.util.ArrayList<>();
    private final List<Declared<PgRole>> roles = new java.util.ArrayList<>();
    private final java.util.Set<Object> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<FieldWarning> warnings = new java.util.ArrayList<>();
    private final java.util.Map<FieldWarning, Object> hidden = new java.util.LinkedHashMap<>();

    /** Keeps {@code value} if it is a schema object not seen before; anything else is ignored. */
    void add(Object value, String origin) {
      if (value == null || !seen.add(value)) {
        return;
      }
      if (value instanceof Table t) {
        tables.add(new Declared<>(t, origin));
      } else if (value instanceof PgEnum e) {
        enums.add(new Declared<>(e, origin));
      } else if (value instanceof PgSequence s) {
        sequences.add(new Declared<>(s, origin));
      } else if (value instanceof PgView v) {
        views.add(new Declared<>(v, origin));
      } else if (value instanceof PgExtension x) {
        extensions.add(new Declared<>(x, origin));
      } else if (value instanceof PgFunction f) {
        functions.add(new Declared<>(f, origin));
      } else if (value instanceof UserType u) {
        userTypes.add(new Declared<>(u, origin));
      } else if (value instanceof PgSchema s) {
        schemas.add(new Declared<>(s, origin));
      } else if (value instanceof PgRole r) {
        roles.add(new Declared<>(r, origin));
      }
    }

    /** A warning about a field whose value is kept all the same. */
    void warn(FieldWarning warning) {
      warnings.add(warning);
    }

    /** A field Shale ignores, with the warning to give unless a public field holds its value. */
    void ignore(Object value, FieldWarning warning) {
      if (value == null) {
        warnings.add(warning);
      } else {
        hidden.put(warning, value);
      }
    }

    DeclaredObjects build() {
      List<FieldWarning> all = new java.util.ArrayList<>(warnings);
      hidden.forEach(
          (warning, value) -> {
            if (!seen.contains(value)) {
              all.add(warning);
            }
          });
      all.sort(FieldWarning.ORDER);
      return new DeclaredObjects(
          schemas, enums, sequences, tables, views, extensions, functions, all, userTypes, roles);
    }
  }

  public DeclaredObjects {
    schemas = List.copyOf(schemas);
    enums = List.copyOf(enums);
    sequences = List.copyOf(sequences);
    tables = List.copyOf(tables);
    views = List.copyOf(views);
    extensions = List.copyOf(extensions);
    functions = List.copyOf(functions);
    warnings = List.copyOf(warnings);
    userTypes = userTypes == null ? List.of() : List.copyOf(userTypes);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** The domains among {@link #userTypes}. */
  public List<Declared<dev.shale.schema.PgDomain>> domains() {
    return userTypes.stream()
        .filter(d -> d.object() instanceof dev.shale.schema.PgDomain)
        .map(d -> new Declared<>((dev.shale.schema.PgDomain) d.object(), d.origin()))
        .toList();
  }

  /** The composite types among {@link #userTypes}. */
  public List<Declared<dev.shale.schema.PgComposite>> composites() {
    return userTypes.stream()
        .filter(d -> d.object() instanceof dev.shale.schema.PgComposite)
        .map(d -> new Declared<>((dev.shale.schema.PgComposite) d.object(), d.origin()))
        .toList();
  }
}
