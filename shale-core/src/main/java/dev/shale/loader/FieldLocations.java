package dev.shale.loader;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Where fields are declared in source files, for warnings about compiled classes: the sources are
 * parsed again (no attribution, so it is quick), only when there is something to warn about.
 */
final class FieldLocations {
  private FieldLocations() {}

  /** {@code warnings}, each with the file and line of its field where the sources declare it. */
  static List<FieldWarning> locate(List<FieldWarning> warnings, List<Path> sources) {
    if (warnings.isEmpty()) {
      return warnings;
    }
    Map<String, SourceLine> lines;
    try {
      lines = fields(sources);
    } catch (LinkageError e) {
      lines = Map.of(); // a runtime without the compiler's tree API (classes from the cache)
    }
    List<FieldWarning> located = new ArrayList<>();
    for (FieldWarning w : warnings) {
      SourceLine at = lines.get(w.className() + "#" + w.field());
      located.add(at == null ? w : w.at(at.file(), at.line()));
    }
    located.sort(FieldWarning.ORDER);
    return located;
  }

  /**
   * Every field of every class in {@code sources}, keyed {@code binary.Name#field}; empty where the
   * runtime has no compiler tree API.
   */
  static Map<String, SourceLine> fields(List<Path> sources) {
    Map<String, SourceLine> found = new HashMap<>();
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      return found;
    }
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Map<String, Path> byUri = new HashMap<>();
      sources.forEach(p -> byUri.put(p.toUri().toString(), p));
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      JavacTask task =
          (JavacTask) compiler.getTask(null, files, d -> {}, List.of("-proc:none"), null, units);
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      for (CompilationUnitTree unit : task.parse()) {
        Path path = byUri.get(unit.getSourceFile().toUri().toString());
        String file = path == null ? unit.getSourceFile().getName() : path.toString();
        String prefix = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
        for (Tree type : unit.getTypeDecls()) {
          if (type instanceof ClassTree c) {
            collect(c, prefix + c.getSimpleName(), unit, positions, file, found);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Locations are a courtesy: without them the warnings still name Class.FIELD.
    }
    return found;
  }

  private static void collect(
      ClassTree type,
      String binaryName,
      CompilationUnitTree unit,
      SourcePositions positions,
      String file,
      Map<String, SourceLine> found) {
    for (Tree member : type.getMembers()) {
      if (member instanceof VariableTree v) {
        long start = positions.getStartPosition(unit, v);
        int line = (int) unit.getLineMap().getLineNumber(start);
        found.put(binaryName + "#" + v.getName(), new SourceLine(file, line));
      } else if (member instanceof ClassTree nested) {
        collect(nested, binaryName + "$" + nested.getSimpleName(), unit, positions, file, found);
      }
    }
  }
}
