package dev.shale.model;

/**
 * A role the schema declares ({@code role("authenticated")}): created when the cluster has no role
 * of that name, its attributes set when they differ, never dropped (roles belong to the cluster and
 * may own objects or hold privileges in other databases).
 */
public record Role(
    String name,
    boolean login,
    boolean inherit,
    boolean createDb,
    boolean createRole,
    boolean bypassRls) {

  /** The attributes as CREATE ROLE and ALTER ROLE spell them. */
  public String attributes() {
    return (login ? "LOGIN" : "NOLOGIN")
        + (inherit ? " INHERIT" : " NOINHERIT")
        + (createDb ? " CREATEDB" : " NOCREATEDB")
        + (createRole ? " CREATEROLE" : " NOCREATEROLE")
        + (bypassRls ? " BYPASSRLS" : " NOBYPASSRLS");
  }
}
