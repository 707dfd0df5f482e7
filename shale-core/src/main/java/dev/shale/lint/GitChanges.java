package dev.shale.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files new or changed since a git revision: committed since it, changed in the working tree,
 * and new files git does not ignore. What a pull request adds, in CI or before pushing.
 */
public final class GitChanges {
  private GitChanges() {}

  /** A git command that failed; the message says what git said. */
  public static final class GitException extends IllegalArgumentException {
    public GitException(String message) {
      super(message);
    }
  }

  /**
   * The top folder of the git repository {@code dir} is in, with symbolic links resolved; empty
   * when it is in none or git cannot run.
   */
  public static java.util.Optional<Path> topLevel(Path dir) {
    try {
      return java.util.Optional.of(Path.of(git(dir, "rev-parse", "--show-toplevel").strip()));
    } catch (GitException e) {
      return java.util.Optional.empty();
    }
  }

  /** The path with symbolic links resolved (as git names files), or as it is when it is absent. */
  public static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (java.io.IOException e) {
      return absolute;
    }
  }

  /** The absolute paths of files under {@code dir}'s repository changed since {@code ref}. */
  public static Set<Path> since(Path dir, String ref) {
    Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").strip());
    git(dir, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    Set<Path> changed = new HashSet<>();
    for (String name :
        split(git(dir, "diff", "--name-only", "-z", "--diff-filter=ACMR", ref, "--"))) {
      changed.add(top.resolve(name).toAbsolutePath().normalize());
    }
    for (String name : split(git(top, "ls-files", "--others", "--exclude-standard", "-z"))) {
      changed.add(top.resolve(name).toAbsolutePath().normalize());
    }
    return changed;
  }

  private static List<String> split(String nulSeparated) {
    List<String> out = new ArrayList<>();
    for (String part : nulSeparated.split("\0")) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  private static String git(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(false).start();
    } catch (IOException e) {
      throw new GitException("--since needs git, which cannot be run here: " + e.getMessage());
    }
    try {
      process.getOutputStream().close();
      var stdout = process.getInputStream().readAllBytes();
      var stderr = process.getErrorStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        String said = new String(stderr, StandardCharsets.UTF_8).strip();
        if (args[0].equals("rev-parse") && args[1].equals("--show-toplevel")) {
          throw new GitException(
              "--since needs a git repository, and "
                  + dir
                  + " is not in one: run check from the repository, or drop --since");
        }
        if (args[0].equals("rev-parse") && args.length > 2 && args[1].equals("--verify")) {
          throw new GitException(
              "--since "
                  + args[3].replace("^{commit}", "")
                  + ": no such revision in the repository at "
                  + dir
                  + " (in CI, fetch it first: git fetch origin main, then --since origin/main)");
        }
        throw new GitException(
            "git "
                + String.join(" ", args)
                + " failed in "
                + dir
                + (said.isEmpty() ? "" : ": " + said));
      }
      return new String(stdout, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GitException("git " + args[0] + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitException("interrupted while running git");
    }
  }
}
