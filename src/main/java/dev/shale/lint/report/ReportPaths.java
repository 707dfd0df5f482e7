package dev.shale.lint.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
      Path file = real(workingDir.resolve(name));
      return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : name;
    };
  }

  private static Path root(Path workingDir, Map<String, String> env) {
    for (String variable : new String[] {"GITHUB_WORKSPACE", "CI_PROJECT_DIR"}) {
      String value = env.get(variable);
      if (value != null && !value.isBlank()) {
        return real(Path.of(value));
      }
    }
    try {
      Process git =
          new ProcessBuilder("git", "-C", workingDir.toString(), "rev-parse", "--show-toplevel")
              .redirectErrorStream(false)
              .start();
      git.getOutputStream().close();
      String top = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      git.getErrorStream().readAllBytes();
      if (git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 && !top.isEmpty()) {
        return real(Path.of(top));
      }
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute;
    }
  }
}
