package dev.shale.lint.report;

import dev.shale.lint.GitChanges;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * File names as code-scanning and CI annotations need them: relative to the repository's root, so
 * that an annotation lands on the pull request's diff whatever folder {@code check} ran in. The
 * root is {@code GITHUB_WORKSPACE} or {@code CI_PROJECT_DIR} when set, else git's top level, else
 * the working directory (names stay as they are).
 */
public final class ReportPaths {
  private ReportPaths() {}

  /** Maps a name relative to {@code workingDir} (or absolute) to one relative to the root. */
  public static UnaryOperator<String> fromRepositoryRoot(Path workingDir, Map<String, String> env) {
    Path root = root(workingDir, env);
    if (root == null) {
      return name -> name;
    }
    return name -> {
      if (name.equals("-")) {
        return name;
      }
      Path file = GitChanges.real(workingDir.resolve(name));
      return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : name;
    };
  }

  private static Path root(Path workingDir, Map<String, String> env) {
    for (String variable : new String[] {"GITHUB_WORKSPACE", "CI_PROJECT_DIR"}) {
      String value = env.get(variable);
      if (value != null && !value.isBlank()) {
        return GitChanges.real(Path.of(value));
      }
    }
    return GitChanges.topLevel(workingDir).map(GitChanges::real).orElse(null);
  }
}
