package dev.shale.lint;

import dev.shale.config.FileGlobs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files that {@code shale check} arguments name: files, folders (every {@code .sql} file under
 * them, in the order migration tools run them), globs, and {@code -} for standard input.
 */
public final class LintFiles {
  private LintFiles() {}

  /** An argument that names nothing, or a file that cannot be read. */
  public static class BadInputException extends IllegalArgumentException {
    public BadInputException(String message) {
      super(message);
    }
  }

  public static List<SqlFile> resolve(Path workingDir, List<String> arguments, InputStream stdin) {
    // Every file once, in the order the arguments name them; null stands for standard input.
    Set<Path> seen = new HashSet<>();
    List<Path> sources = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        sources.add(null);
        continue;
      }
      List<Path> matched;
      Path path = workingDir.resolve(argument).toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        matched = sqlFilesUnder(path);
        if (matched.isEmpty()) {
          throw new BadInputException(
              argument + " holds no .sql file (undo files such as *.down.sql are left out)");
        }
      } else if (Files.isRegularFile(path)) {
        matched = List.of(path);
      } else if (FileGlobs.isGlob(argument)) {
        matched = FileGlobs.match(workingDir, argument);
        if (matched.isEmpty()) {
          throw new BadInputException(argument + " matches no file");
        }
      } else {
        throw new BadInputException(argument + ": no such file or folder");
      }
      for (Path file : matched) {
        if (seen.add(file)) {
          sources.add(file);
        }
      }
    }
    String stdinText = sources.contains(null) ? readStdin(stdin) : null;
    return readAll(workingDir, sources, stdinText);
  }

  /** The files read on every core, in the order given; a null path is standard input. */
  public static List<SqlFile> readAll(Path workingDir, List<Path> files, String stdinText) {
    return (files.size() < 8 ? files.stream() : files.parallelStream())
        .map(
            file ->
                file == null ? new SqlFile("-", null, stdinText) : readOrReport(workingDir, file))
        .toList();
  }

  /**
   * Every {@code .sql} file under {@code folder}, in migration order. Files that undo migrations
   * (golang-migrate's {@code *.down.sql}, Flyway's {@code U1__x.sql}) are left out: they do not run
   * on the way forward.
   */
  public static List<Path> sqlFilesUnder(Path folder) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".sql"))
              .filter(p -> !isUndo(p.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new BadInputException("cannot read the folder " + folder + ": " + e.getMessage());
    }
    java.util.Map<Path, List<java.math.BigInteger>> versions = new java.util.HashMap<>();
    for (Path file : files) {
      List<java.math.BigInteger> version = flywayVersion(file);
      if (version == null) {
        return files.stream().sorted(MIGRATION_ORDER).toList();
      }
      versions.put(file, version);
    }
    // Flyway's order, across every folder under the one given: versioned files by version (2
    // before 2.1 before 10), then repeatable files by name.
    return files.stream()
        .sorted(
            Comparator.comparing((Path p) -> versions.get(p).isEmpty())
                .thenComparing(versions::get, LintFiles::compareVersions)
                .thenComparing(p -> p.getFileName().toString()))
        .toList();
  }

  private static boolean isUndo(String name) {
    return name.endsWith(".down.sql") || versionParts(name, 'U') != null;
  }

  /**
   * The version of a name like {@code V2_1__x} for {@code prefix} V (either case): its numbers, or
   * null when the name has another form. Scanned by hand: a regular expression per file name is a
   * tenth of the start-up time of a check of a thousand files.
   */
  private static List<String> versionParts(String name, char prefix) {
    if (name.isEmpty() || Character.toUpperCase(name.charAt(0)) != prefix) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    int i = 1;
    while (true) {
      int start = i;
      while (i < name.length() && isAsciiDigit(name.charAt(i))) {
        i++;
      }
      if (i == start) {
        return null;
      }
      parts.add(name.substring(start, i));
      if (name.startsWith("__", i)) {
        return parts;
      }
      if (i + 1 < name.length()
          && (name.charAt(i) == '.' || name.charAt(i) == '_')
          && isAsciiDigit(name.charAt(i + 1))) {
        i++;
      } else {
        return null;
      }
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A Flyway file's version ({@code V2_1__x.sql} is 2.1), an empty list for a repeatable {@code
   * R__} file, null for other names.
   */
  public static List<java.math.BigInteger> flywayVersion(Path file) {
    String name = file.getFileName().toString();
    List<String> parts = versionParts(name, 'V');
    if (parts != null) {
      return parts.stream().map(java.math.BigInteger::new).toList();
    }
    return name.startsWith("R__") ? List.of() : null;
  }

  private static int compareVersions(List<java.math.BigInteger> a, List<java.math.BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      java.math.BigInteger x = i < a.size() ? a.get(i) : java.math.BigInteger.ZERO;
      java.math.BigInteger y = i < b.size() ? b.get(i) : java.math.BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Other folders' order: by name with runs of digits compared as numbers ({@code 2_x} before
   * {@code 10_x}), a folder's files before its subfolders' in path order.
   */
  public static final Comparator<Path> MIGRATION_ORDER =
      Comparator.comparing((Path p) -> p.getParent().toString())
          .thenComparing(p -> p.getFileName().toString(), LintFiles::compareNatural);

  static int compareNatural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String na = withoutLeadingZeros(a.substring(si, i));
        String nb = withoutLeadingZeros(b.substring(sj, j));
        int c =
            na.length() != nb.length()
                ? Integer.compare(na.length(), nb.length())
                : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static String withoutLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  public static String displayName(Path workingDir, Path file) {
    Path base = workingDir.toAbsolutePath().normalize();
    return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
  }

  /** The file, or when it is not UTF-8 text, an unreadable file saying so. */
  public static SqlFile readOrReport(Path workingDir, Path file) {
    String name = displayName(workingDir, file);
    try {
      return new SqlFile(name, file, read(workingDir, file));
    } catch (NotUtf8 e) {
      return SqlFile.unreadable(name, file, e.getMessage(), e.place, e.shown);
    } catch (BadInputException e) {
      return SqlFile.unreadable(name, file, e.getMessage());
    }
  }

  /** A file that is not UTF-8 text, with the first place that is not. */
  private static final class NotUtf8 extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final SqlFile.Place place;
    private final String shown;

    NotUtf8(String message, SqlFile.Place place, String shown) {
      super(message);
      this.place = place;
      this.shown = shown;
    }
  }

  public static String read(Path workingDir, Path file) {
    byte[] bytes = new byte[0];
    try {
      bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw notUtf8(displayName(workingDir, file), bytes);
    } catch (IOException e) {
      throw new BadInputException(
          "cannot read " + displayName(workingDir, file) + ": " + e.getMessage());
    }
  }

  private static String readStdin(InputStream stdin) {
    try {
      return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }

  /**
   * The first bytes of {@code file} that are not UTF-8: their line and column (in characters), and
   * that line with them replaced, so that the report shows where to look.
   */
  private static NotUtf8 notUtf8(String name, byte[] bytes) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
    int bad = result.isError() ? in.position() : 0;
    int lineStart = bad;
    while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
      lineStart--;
    }
    int line = 1;
    for (int i = 0; i < lineStart; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    int column = before.codePointCount(0, before.length()) + 1;
    return new NotUtf8(
        name
            + " is not UTF-8 text: line "
            + line
            + ", column "
            + column
            + String.format(" holds the byte 0x%02X", bytes[bad] & 0xff)
            + " (a file saved as Latin-1 or Windows-1252?): save it as UTF-8 and check again",
        new SqlFile.Place(line, column),
        new String(bytes, StandardCharsets.UTF_8));
  }
}
