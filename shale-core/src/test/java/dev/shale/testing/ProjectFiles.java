package dev.shale.testing;

import java.nio.file.Path;

/**
 * Files of the repository that tests read, wherever the test runs: the bundled example and the docs
 * at the top, and shale-core's test resources (golden cases, the lint corpus, real-world schemas),
 * which other modules' tests use too.
 */
public final class ProjectFiles {
  private ProjectFiles() {}

  /** The repository's top folder (README, docs, install.sh, the bundled example). */
  public static Path root() {
    String root = System.getProperty("shale.repo.root");
    Path path = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    return path.toAbsolutePath().normalize();
  }

  public static Path root(String first, String... more) {
    return root().resolve(Path.of(first, more));
  }

  /** A file or folder under shale-core's {@code src/test/resources}. */
  public static Path testResources(String... more) {
    return root("shale-core", "src", "test", "resources").resolve(Path.of("", more));
  }
}
