package dev.shale.lint;

import java.nio.file.Path;

/**
 * A SQL file to check.
 *
 * @param name how findings name it: relative to the working directory when under it, {@code -} for
 *     standard input
 * @param path its absolute path, or null for standard input
 * @param unreadable why the file could not be read (it is then reported, not linted), or null
 * @param place where in the file it could not be read, or null
 */
public record SqlFile(String name, Path path, String text, String unreadable, Place place) {
  public SqlFile(String name, Path path, String text) {
    this(name, path, text, null, null);
  }

  /** Where in an unreadable file the problem is, for the report's code frame. */
  public record Place(int line, int column) {}

  /** A file that cannot be read as text; {@code why} says why and what to do. */
  public static SqlFile unreadable(String name, Path path, String why) {
    return new SqlFile(name, path, "", why, null);
  }

  /**
   * A file that is not UTF-8 text: {@code shown} is it with its bad bytes replaced, for the
   * report's code frame only (it is not linted).
   */
  public static SqlFile unreadable(String name, Path path, String why, Place place, String shown) {
    return new SqlFile(name, path, shown, why, place);
  }

  /** The file name without {@code .sql}: a Shale migration's stem. */
  public String stem() {
    String file = path == null ? name : path.getFileName().toString();
    return file.endsWith(".sql") ? file.substring(0, file.length() - 4) : file;
  }
}
