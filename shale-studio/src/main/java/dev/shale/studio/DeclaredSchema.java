package dev.shale.studio;

import dev.shale.loader.SchemaLoader;
import dev.shale.loader.SourceLine;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The declared schema as the studio shows it, read again when its sources change, so that the page
 * follows edits without a restart.
 */
public interface DeclaredSchema {
  /** The model, and where each table is declared (file relative to the project, 1-based line). */
  record Loaded(SchemaModel model, Map<QualifiedName, SourceLine> lines) {
    public Loaded {
      lines = Map.copyOf(lines);
    }
  }

  Loaded load();

  /**
   * From Java source files, with the line that declares each table; {@code check} validates the
   * model (against the target PostgreSQL version, say) and may throw.
   */
  static DeclaredSchema fromSources(
      Path projectDir, Supplier<List<Path>> sources, UnaryOperator<SchemaModel> check) {
    return new DeclaredSchema() {
      private List<Object> stamp;
      private Loaded loaded;

      @Override
      public synchronized Loaded load() {
        List<Path> files = sources.get();
        List<Object> now = stamp(files);
        if (loaded == null || !now.equals(stamp)) {
          SchemaLoader.Located located = SchemaLoader.fromSourcesLocated(files, warning -> {});
          Map<QualifiedName, SourceLine> lines = new java.util.HashMap<>();
          located.tableLines().forEach((name, at) -> lines.put(name, relative(projectDir, at)));
          loaded = new Loaded(check.apply(located.model()), lines);
          stamp = now;
        }
        return loaded;
      }
    };
  }

  /** From compiled classes or anything else without source lines. */
  static DeclaredSchema of(Supplier<SchemaModel> model) {
    return () -> new Loaded(model.get(), Map.of());
  }

  private static List<Object> stamp(List<Path> files) {
    List<Object> stamp = new ArrayList<>();
    for (Path file : files) {
      stamp.add(file.toAbsolutePath().toString());
      try {
        stamp.add(Files.getLastModifiedTime(file).toMillis());
        stamp.add(Files.size(file));
      } catch (IOException e) {
        stamp.add(-1L);
      }
    }
    return stamp;
  }

  private static SourceLine relative(Path projectDir, SourceLine at) {
    Path file = Path.of(at.file()).toAbsolutePath().normalize();
    Path base = projectDir.toAbsolutePath().normalize();
    return new SourceLine(
        file.startsWith(base) ? base.relativize(file).toString() : at.file(), at.line());
  }
}
