package dev.shale.schema;

/**
 * An extension the schema needs: {@code extension("pg_trgm")}, {@code
 * schema("extensions").extension("citext").version("1.6")}. Shale creates it before anything that
 * could use its types, operators or operator classes, and drops it after them.
 */
public final class PgExtension {
  private final String schema;
  private final String name;
  private String version;

  PgExtension(String schema, String name) {
    this.schema = schema;
    this.name = name;
  }

  /**
   * The version to install ({@code CREATE EXTENSION … VERSION}); without it, the server's default
   * version is installed, and any installed version satisfies the declaration.
   */
  public PgExtension version(String version) {
    this.version = Args.notNull(version, "extension " + name + ": version(version)");
    return this;
  }

  public String schema() {
    return schema;
  }

  public String name() {
    return name;
  }

  /** The version asked for, or null. */
  public String version() {
    return version;
  }
}
