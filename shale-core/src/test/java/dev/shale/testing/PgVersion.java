package dev.shale.testing;

/**
 * A PostgreSQL major version the tests can run on: the oldest and the newest of the supported range
 * (14 to 18) and the one the whole suite runs on ({@link #DEFAULT}).
 *
 * <p>17's binaries are on the class path (the ones the jar bundles for {@code --url embedded});
 * 14's and 18's are copied by Maven into {@code target/pg-binaries} (see the pom's {@code
 * pg.test.v14} and {@code pg.test.v18}). Adding a version (15 and 16 are published too) takes one
 * more {@code artifactItem} in the pom and one more constant here.
 */
public enum PgVersion {
  V14(14),
  V17(17),
  V18(18);

  /** The version every test runs on unless it asks for another: what the jar bundles. */
  public static final PgVersion DEFAULT = V17;

  private final int major;

  PgVersion(int major) {
    this.major = major;
  }

  /** The major version number, e.g. 14. */
  public int major() {
    return major;
  }

  /** Whether the server's major version is at least {@code major}. */
  public boolean atLeast(int major) {
    return this.major >= major;
  }

  /** The constant for a major version number. */
  public static PgVersion of(int major) {
    for (PgVersion v : values()) {
      if (v.major == major) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "PostgreSQL " + major + " is not one the tests can run on " + java.util.List.of(values()));
  }

  /** The oldest version the tests can run on. */
  public static PgVersion oldest() {
    return values()[0];
  }

  /** The newest version the tests can run on. */
  public static PgVersion newest() {
    return values()[values().length - 1];
  }

  /** {@code PostgreSQL 14}: readable as a test's display name. */
  @Override
  public String toString() {
    return "PostgreSQL " + major;
  }
}
