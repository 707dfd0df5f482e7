package dev.shale.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled classes of the schema source files a config names: each file's class, read from the
 * project's output folder, when every class is there and not older than its source. Otherwise there
 * is none, and Shale reads the sources itself, so that a schema edited since the last compile is
 * never diffed in its old form.
 */
final class CompiledSchema {
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  private CompiledSchema() {}

  /** The class names of {@code sources}, or empty when one is not compiled or is stale. */
  static Optional<List<String>> classNames(List<Path> sources, Path classesDir) throws IOException {
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (Path source : sources) {
      String name = className(source);
      Path compiled = classesDir.resolve(name.replace('.', '/') + ".class");
      if (!Files.isRegularFile(compiled)
          || Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(source)) < 0) {
        return Optional.empty();
      }
      names.add(name);
    }
    return Optional.of(List.copyOf(names));
  }

  /** The top-level class a source file declares: its package and its file name. */
  static String className(Path source) throws IOException {
    String file = source.getFileName().toString();
    String simple = file.endsWith(".java") ? file.substring(0, file.length() - 5) : file;
    Matcher m = PACKAGE.matcher(stripComments(Files.readString(source)));
    return m.find() ? m.group(1) + "." + simple : simple;
  }

  private static String stripComments(String java) {
    return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
  }
}
