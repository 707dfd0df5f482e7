package dev.shale.lint;

import java.nio.file.Path;

/**
 * A SQL file to check.
 *
 * @param name how findings name it: relative to the working directory when under it, {@code -} for
 *     standard input
 * @param path its absolute path, or null for standard input
 */
public record SqlFile(String name, Path path, String text) {
  /** The file name without {@code .sql}: a Shale migration's stem. */
  public String stem() {
    String file = path == null ? name : path.getFileName().toString();
    return file.endsWith(".sql") ? file.substring(0, file.length() - 4) : file;
  }
}
