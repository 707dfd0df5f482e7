package dev.shale.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * File globs as users write them in shale.toml and on the command line: relative (to a base
 * directory) or absolute, with {@code ./} and {@code ..}; {@code **}{@code /} matches zero or more
 * directories, as in gitignore and shells with globstar ({@code src/db/**}{@code /*.java} matches
 * {@code src/db/Schema.java}).
 */
public final class FileGlobs {
  private FileGlobs() {}

  public static boolean isGlob(String pattern) {
    return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /**
   * The regular files matching {@code pattern}, absolute and normalized, sorted. The walk starts at
   * the pattern's longest prefix without wildcards.
   *
   * @throws UncheckedIOException when that directory cannot be read
   */
  public static List<Path> match(Path base, String pattern) {
    Path absolute = base.toAbsolutePath().resolve(pattern).normalize();
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
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search " + root + " for " + pattern, e);
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
