package dev.shale.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes files all or none: each is first renamed to a hidden name in its own folder (an atomic
 * move); if one cannot be, the ones already moved are put back. Only then are the hidden copies
 * deleted.
 */
public final class FileRemoval {
  private FileRemoval() {}

  /**
   * Removes every file of {@code files}, or none of them.
   *
   * @throws SnapshotException naming the file that could not be removed; nothing was removed
   */
  public static void removeAll(List<Path> files) {
    List<Path[]> moved = new ArrayList<>();
    for (Path file : files) {
      Path hidden = file.resolveSibling("." + file.getFileName() + ".removed");
      try {
        Files.move(file, hidden, StandardCopyOption.ATOMIC_MOVE);
        moved.add(new Path[] {file, hidden});
      } catch (IOException e) {
        for (int i = moved.size() - 1; i >= 0; i--) {
          try {
            Files.move(moved.get(i)[1], moved.get(i)[0], StandardCopyOption.ATOMIC_MOVE);
          } catch (IOException ignored) {
            // the hidden copy keeps the content; the message below says nothing else moved
          }
        }
        throw new SnapshotException("cannot remove " + file + ": " + e, e);
      }
    }
    for (Path[] pair : moved) {
      try {
        Files.deleteIfExists(pair[1]);
      } catch (IOException ignored) {
        // a leftover hidden file is harmless: Shale lists only <stamp>_<name> files
      }
    }
  }
}
