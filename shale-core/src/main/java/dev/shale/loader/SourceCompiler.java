package dev.shale.loader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles schema source files in memory against Shale's DSL with the JDK's own compiler. */
final class SourceCompiler {
  private SourceCompiler() {}

  static CompiledClasses compile(List<Path> sources, String classpath) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new SchemaLoadException(
          "this Java runtime has no compiler: run Shale with a JDK 17+, not a JRE", List.of());
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> output = new HashMap<>();
    try (StandardJavaFileManager standard =
            compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        JavaFileManager files = new InMemoryOutput(standard, output)) {
      List<JavaFileObject> units = new ArrayList<>();
      for (Path source : sources) {
        units.add(new SourceFile(source));
      }
      List<String> options =
          List.of(
              "-classpath",
              classpath,
              "-proc:none",
              "-implicit:none",
              "-g",
              "-nowarn",
              "-encoding",
              "UTF-8");
      Boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
      if (!Boolean.TRUE.equals(ok)) {
        throw new SchemaLoadException("the schema does not compile", errors(diagnostics));
      }
    } catch (IOException e) {
      throw new SchemaLoadException("could not compile the schema: " + e.getMessage(), List.of());
    }
    Map<String, byte[]> classes = new HashMap<>();
    output.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
    return new CompiledClasses(classes);
  }

  private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      String file = d.getSource() == null ? "<unknown>" : d.getSource().getName();
      errors.add(
          file
              + ":"
              + d.getLineNumber()
              + ":"
              + d.getColumnNumber()
              + ": "
              + d.getMessage(Locale.ROOT).replace("\n", "\n    ")
              + hint(d.getMessage(Locale.ROOT)));
    }
    return errors;
  }

  private static String hint(String message) {
    return message.startsWith("code too large")
        ? "\n    (a class's static initializer is limited to 64 KB: split the tables over several classes)"
        : "";
  }

  /** A source file read from disk, accepted whatever its file name (a case may be before.java). */
  private static final class SourceFile extends SimpleJavaFileObject {
    private final Path path;

    SourceFile(Path path) {
      super(path.toUri(), Kind.SOURCE);
      this.path = path;
    }

    @Override
    public String getName() {
      return path.toString();
    }

    @Override
    public boolean isNameCompatible(String simpleName, Kind kind) {
      return kind == Kind.SOURCE;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
      return Files.readString(path, StandardCharsets.UTF_8);
    }
  }

  private static final class InMemoryOutput extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<String, ByteArrayOutputStream> output;

    InMemoryOutput(JavaFileManager delegate, Map<String, ByteArrayOutputStream> output) {
      super(delegate);
      this.output = output;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new SimpleJavaFileObject(
          URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          output.put(className, bytes);
          return bytes;
        }
      };
    }
  }
}
