package dev.shale.loader;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

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
          isGlob(pattern) ? glob(projectDir, pattern) : literal(projectDir, pattern);
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

  private static boolean isGlob(String pattern) {
    return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static List<Path> literal(Path projectDir, String pattern) {
    Path file = projectDir.toAbsolutePath().resolve(pattern).normalize();
    return Files.isRegularFile(file) ? List.of(file) : List.of();
  }

  /**
   * Files matching a glob, which may be relative (to the project), absolute, or hold {@code ./} and
   * {@code ..}: it is made absolute and normalized, and the walk starts at its longest prefix
   * without wildcards. {@code **}{@code /} matches zero or more directories, as in gitignore and
   * shells with globstar ({@code src/db/**}{@code /*.java} matches {@code src/db/Schema.java}).
   */
  private static List<Path> glob(Path projectDir, String pattern) {
    Path absolute = projectDir.toAbsolutePath().resolve(pattern).normalize();
    Path root = absolute.getRoot();
    for (Path part : absolute) {
      if (isGlob(part.toString())) {
        break;
      }
      root = root.resolve(part);
    }
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<PathMatcher> matchers =
        zeroOrMoreDirectories(absolute.toString()).stream()
            .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
            .toList();
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> p.toAbsolutePath().normalize())
          .filter(p -> matchers.stream().anyMatch(m -> m.matches(p)))
          .filter(p -> p.getFileName().toString().endsWith(".java"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new SchemaLoadException(
          "cannot search " + root + " for " + pattern + ": " + e.getMessage(), List.of());
    }
  }

  /**
   * Java's glob reads {@code **}{@code /} as "one or more directories"; this returns {@code glob}
   * with every combination of its {@code **}{@code /} kept or removed, so that together they match
   * zero or more.
   */
  static List<String> zeroOrMoreDirectories(String glob) {
    String separator = FileSystems.getDefault().getSeparator();
    String anyDirectories = "**" + separator;
    int at = glob.indexOf(anyDirectories);
    if (at < 0) {
      return List.of(glob);
    }
    List<String> out = new ArrayList<>();
    for (String rest : zeroOrMoreDirectories(glob.substring(at + anyDirectories.length()))) {
      out.add(glob.substring(0, at) + anyDirectories + rest);
      out.add(glob.substring(0, at) + rest);
    }
    return out;
  }
}
