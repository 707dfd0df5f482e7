package dev.shale.lint;

import dev.shale.snapshot.MigrationFolder;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code shale check} is asked to check.
 *
 * @param workingDir the directory paths are relative to, and findings name files from
 * @param paths files, folders, globs or {@code -}; empty for the project's migrations folder
 * @param project the project's folder (checked by the folder guard when {@code paths} is empty)
 * @param since a git revision: only files new or changed since it are checked (the others are read
 *     for what they create), and they count as one deploy; null for every file
 * @param startAfter skip migrations up to and including this stem; null for none
 * @param assumeInTransaction whether files of {@code paths} run inside a transaction
 * @param toolLockTimeout whether the project's migrator sets a lock_timeout for every statement
 */
public record CheckRequest(
    Path workingDir,
    List<String> paths,
    MigrationFolder project,
    String since,
    String startAfter,
    boolean assumeInTransaction,
    boolean toolLockTimeout) {
  public CheckRequest {
    paths = List.copyOf(paths);
  }

  public boolean projectMode() {
    return paths.isEmpty();
  }
}
