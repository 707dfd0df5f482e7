package dev.shale.loader;

import dev.shale.model.SchemaModel;
import dev.shale.schema.Pg;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Java schema source (or compiled classes) to the canonical model. */
public final class SchemaLoader {
  private SchemaLoader() {}

  /**
   * The model the source files declare. Sources that only declare static final fields built with
   * the DSL are evaluated directly (no compiler start-up); anything else is compiled in memory, or
   * taken from the compile cache. Warnings (fields of schema types that are not public, static and
   * final) go to the {@link System.Logger} named {@code dev.shale}.
   */
  public static SchemaModel fromSources(List<Path> sources) {
    return fromSources(sources, SchemaLoader::log);
  }

  /**
   * {@link #fromSources(List)}, each warning handed to {@code warnings} (one line, without a {@code
   * warning:} prefix) before the model is validated, so that they also reach the user when the
   * schema turns out invalid.
   */
  public static SchemaModel fromSources(List<Path> sources, Consumer<String> warnings) {
    return translate(declared(sources, CompileCache.atDefaultLocation()), warnings);
  }

  static SchemaModel fromSources(List<Path> sources, CompileCache cache) {
    return translate(declared(sources, cache), SchemaLoader::log);
  }

  /** A model with the line of the static field that declares each of its tables. */
  public record Located(
      SchemaModel model, java.util.Map<dev.shale.model.QualifiedName, SourceLine> tableLines) {
    public Located {
      tableLines = java.util.Map.copyOf(tableLines);
    }
  }

  /**
   * {@link #fromSources(List, Consumer)}, with where each table is declared: the file and line of
   * the static field that holds it, read from one evaluation of the sources. Tables reached only
   * through another object (a list, a schema's own field) and runtimes without the compiler's tree
   * API give no line.
   */
  public static Located fromSourcesLocated(List<Path> sources, Consumer<String> warnings) {
    DeclaredObjects declared = declared(sources, CompileCache.atDefaultLocation());
    SchemaModel model = translate(declared, warnings);
    return new Located(model, tableLines(declared, sources));
  }

  private static java.util.Map<dev.shale.model.QualifiedName, SourceLine> tableLines(
      DeclaredObjects declared, List<Path> sources) {
    java.util.Map<String, SourceLine> fields;
    try {
      fields = FieldLocations.fields(sources);
    } catch (LinkageError e) {
      return java.util.Map.of();
    }
    java.util.Map<dev.shale.model.QualifiedName, SourceLine> lines = new java.util.HashMap<>();
    for (DeclaredObjects.Declared<dev.shale.schema.Table> table : declared.tables()) {
      SourceLine at = fieldLine(fields, table.origin());
      if (at != null) {
        String schema = table.object().schema() == null ? "public" : table.object().schema();
        lines.putIfAbsent(new dev.shale.model.QualifiedName(schema, table.object().name()), at);
      }
    }
    return lines;
  }

  /** The line of the field an origin ({@code Class.FIELD}, the class simple or nested) names. */
  private static SourceLine fieldLine(java.util.Map<String, SourceLine> fields, String origin) {
    int dot = origin.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String type = origin.substring(0, dot);
    String suffix = "#" + origin.substring(dot + 1);
    for (var entry : fields.entrySet()) {
      String key = entry.getKey();
      if (!key.endsWith(suffix)) {
        continue;
      }
      String binary = key.substring(0, key.length() - suffix.length());
      String simple = binary.substring(binary.lastIndexOf('.') + 1);
      if (simple.equals(type) || simple.endsWith("$" + type)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** What the sources declare, by the fast path if it can, else by the compiler. */
  static DeclaredObjects declared(List<Path> sources, CompileCache cache) {
    if (sources.isEmpty()) {
      throw new SchemaLoadException(
          "no schema source files: set `schema` in shale.toml to a list of .java files or globs",
          List.of());
    }
    for (Path source : sources) {
      if (!Files.isRegularFile(source)) {
        throw new SchemaLoadException("schema source file not found: " + source, List.of());
      }
    }
    if (!compilerForced()) {
      try {
        return DslInterpreter.evaluate(sources);
      } catch (NotInterpretableException e) {
        // Beyond the declarative subset: the compiler decides, and reports any error.
      }
    }
    return compiled(sources, cache);
  }

  /** What the sources declare, compiled (or from the compile cache); warnings with file:line. */
  static DeclaredObjects compiled(List<Path> sources, CompileCache cache) {
    String classpath = dslClasspath();
    String key = CompileCache.key(sources, classpath);
    CompiledClasses classes =
        cache
            .read(key)
            .orElseGet(
                () -> {
                  CompiledClasses compiled = SourceCompiler.compile(sources, classpath);
                  cache.write(key, compiled);
                  return compiled;
                });
    ClassLoader loader = classes.loader(SchemaLoader.class.getClassLoader());
    List<String> names = new ArrayList<>(classes.bytecode().keySet());
    DeclaredObjects found = SchemaCollector.collect(loader, names);
    return new DeclaredObjects(
        found.schemas(),
        found.enums(),
        found.sequences(),
        found.tables(),
        found.views(),
        found.extensions(),
        found.functions(),
        FieldLocations.locate(found.warnings(), sources),
        found.userTypes(),
        found.roles());
  }

  private static SchemaModel translate(DeclaredObjects declared, Consumer<String> warnings) {
    declared.warnings().forEach(w -> warnings.accept(w.message()));
    return ModelTranslator.translate(declared);
  }

  private static void log(String warning) {
    System.getLogger("dev.shale").log(System.Logger.Level.WARNING, "shale: " + warning);
  }

  /**
   * Whether to skip the fast path and always compile: {@code -Dshale.loader=compile} or {@code
   * SHALE_LOADER=compile}.
   */
  static boolean compilerForced() {
    String choice = System.getProperty("shale.loader", System.getenv("SHALE_LOADER"));
    return "compile".equals(choice);
  }

  /**
   * Loads already compiled schema classes: {@code --classpath DIRS_OR_JARS --schema-class A,B}.
   * Warnings go to the {@link System.Logger} named {@code dev.shale}.
   */
  public static SchemaModel fromClasspath(String classpath, List<String> classNames) {
    return fromClasspath(classpath, classNames, SchemaLoader::log);
  }

  /** {@link #fromClasspath(String, List)}, each warning handed to {@code warnings}. */
  public static SchemaModel fromClasspath(
      String classpath, List<String> classNames, Consumer<String> warnings) {
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        throw new SchemaLoadException("classpath entry not found: " + entry, List.of());
      }
      try {
        urls.add(path.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new SchemaLoadException("bad classpath entry: " + entry, List.of());
      }
    }
    URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), SchemaLoader.class.getClassLoader());
    List<String> all = new ArrayList<>();
    for (String name : classNames) {
      try {
        addWithNested(Class.forName(name, false, loader), all);
      } catch (ClassNotFoundException e) {
        throw new SchemaLoadException(
            "schema class " + name + " is not on the classpath " + classpath, List.of());
      }
    }
    return translate(SchemaCollector.collect(loader, all), warnings);
  }

  /** A class and the classes declared in it, at any depth, as the source compile collects them. */
  private static void addWithNested(Class<?> type, List<String> names) {
    names.add(type.getName());
    for (Class<?> nested : type.getDeclaredClasses()) {
      addWithNested(nested, names);
    }
  }

  private static String dslClasspath() {
    try {
      return Path.of(Pg.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (Exception e) {
      return System.getProperty("java.class.path");
    }
  }
}
