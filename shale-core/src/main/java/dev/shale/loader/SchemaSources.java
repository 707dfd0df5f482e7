package dev.shale.loader;

import dev.shale.config.FileGlobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Resolves the {@code schema} entries of shale.toml (files or globs) to source files. */
public final class SchemaSources {
  private SchemaSources() {}

  public static List<Path> resolve(Path projectDir, Path configFile, List<String> patterns) {
    if (patterns.isEmpty()) {
      String where =
          configFile == null
              ? "there is no shale.toml in "
                  + projectDir
                  + " (use -C DIR or --config FILE to point at one)"
              : configFile + " has no `schema` key";
      throw new SchemaLoadException(
          "no schema to read: "
              + where
              + "; write `schema = [\"src/main/java/com/acme/db/*.java\"]` there, or pass --classpath and --schema-class",
          List.of());
    }
    TreeSet<Path> files = new TreeSet<>();
    List<String> unmatched = new ArrayList<>();
    for (String pattern : patterns) {
      List<Path> matched =
          FileGlobs.isGlob(pattern) ? glob(projectDir, pattern) : literal(projectDir, pattern);
      if (matched.isEmpty()) {
        unmatched.add(pattern);
      }
      files.addAll(matched);
    }
    if (!unmatched.isEmpty()) {
      throw new SchemaLoadException(
          "these schema entries match no file (relative to "
              + projectDir.toAbsolutePath().normalize()
              + ")",
          unmatched);
    }
    return List.copyOf(files);
  }

  private static List<Path> literal(Path projectDir, String pattern) {
    Path file = projectDir.toAbsolutePath().resolve(pattern).normalize();
    return Files.isRegularFile(file) ? List.of(file) : List.of();
  }

  private static List<Path> glob(Path projectDir, String pattern) {
    try {
      return FileGlobs.match(projectDir, pattern).stream()
          .filter(p -> p.getFileName().toString().endsWith(".java"))
          .toList();
    } catch (java.io.UncheckedIOException e) {
      throw new SchemaLoadException(e.getMessage() + ": " + e.getCause().getMessage(), List.of());
    }
  }
}
