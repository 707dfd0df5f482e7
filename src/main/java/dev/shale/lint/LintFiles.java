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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files that {@code shale check} arguments name: files, folders (every {@code .sql} file under
 * them, in the order migration tools run them), globs, and {@code -} for standard input.
 */
public final class LintFiles {
  private LintFiles() {}

  /** An argument that names nothing, or a file that cannot be read. */
  public static final class BadInputException extends IllegalArgumentException {
    public BadInputException(String message) {
      super(message);
    }
  }

  public static List<SqlFile> resolve(Path workingDir, List<String> arguments, InputStream stdin) {
    Map<Path, SqlFile> files = new LinkedHashMap<>();
    List<SqlFile> out = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        out.add(new SqlFile("-", null, readStdin(stdin)));
        continue;
      }
      List<Path> matched;
      Path path = workingDir.resolve(argument).toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        matched = sqlFilesUnder(path);
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
        if (!files.containsKey(file)) {
          SqlFile sql = new SqlFile(displayName(workingDir, file), file, read(workingDir, file));
          files.put(file, sql);
          out.add(sql);
        }
      }
    }
    return out;
  }

  /** Every {@code .sql} file under {@code folder}, in migration order. */
  public static List<Path> sqlFilesUnder(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".sql"))
          .sorted(MIGRATION_ORDER)
          .toList();
    } catch (IOException e) {
      throw new BadInputException("cannot read the folder " + folder + ": " + e.getMessage());
    }
  }

  /**
   * Files in the order migration tools run them: by name with runs of digits compared as numbers
   * ({@code V2__} before {@code V10__}), Flyway's repeatable {@code R__} files after the versioned
   * ones, folders before their subfolders' files in path order.
   */
  public static final Comparator<Path> MIGRATION_ORDER =
      Comparator.comparing((Path p) -> p.getParent().toString())
          .thenComparing(p -> p.getFileName().toString().startsWith("R__"))
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
        String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
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

  public static String displayName(Path workingDir, Path file) {
    Path base = workingDir.toAbsolutePath().normalize();
    return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
  }

  public static String read(Path workingDir, Path file) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(
          displayName(workingDir, file) + " is not UTF-8 text: save it as UTF-8 and check again");
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
}
