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
 * never diffed in its old form. A file that declares more than its one top-level type is read from
 * source too: loading its named class would miss the others.
 */
final class CompiledSchema {
  private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
  private static final Pattern TYPE =
      Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");

  private CompiledSchema() {}

  /** The class names of {@code sources}, or empty when one is not compiled or is stale. */
  static Optional<List<String>> classNames(List<Path> sources, Path classesDir) throws IOException {
    List<String> names = new ArrayList<>();
    for (Path source : sources) {
      String file = source.getFileName().toString();
      if (file.equals("package-info.java") || file.equals("module-info.java")) {
        continue;
      }
      String simple = file.substring(0, file.length() - ".java".length());
      String code = topLevel(Files.readString(source));
      List<String> types = new ArrayList<>();
      TYPE.matcher(code).results().forEach(m -> types.add(m.group(1)));
      if (!types.equals(List.of(simple))) {
        return Optional.empty();
      }
      Matcher pkg = PACKAGE.matcher(code);
      String name = pkg.find() ? pkg.group(1) + "." + simple : simple;
      if (!upToDate(classesDir.resolve(name.replace('.', '/') + ".class"), source)) {
        return Optional.empty();
      }
      names.add(name);
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
  }

  /** Whether {@code compiled} exists and is not older than {@code source}. */
  static boolean upToDate(Path compiled, Path source) throws IOException {
    return Files.isRegularFile(compiled)
        && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(source)) >= 0;
  }

  /**
   * The source with comments, string and character literals and everything inside braces left out:
   * what remains is the package line and the top-level type declarations.
   */
  static String topLevel(String java) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    int i = 0;
    int n = java.length();
    while (i < n) {
      char c = java.charAt(i);
      if (c == '/' && i + 1 < n && java.charAt(i + 1) == '/') {
        i = java.indexOf('\n', i);
        i = i < 0 ? n : i;
      } else if (c == '/' && i + 1 < n && java.charAt(i + 1) == '*') {
        int end = java.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (java.startsWith("\"\"\"", i)) {
        int end = java.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < n && java.charAt(i) != c) {
          i += java.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else {
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        } else if (depth == 0) {
          out.append(c);
        }
        i++;
      }
    }
    return out.toString();
  }
}
