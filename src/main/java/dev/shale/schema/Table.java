package dev.shale.schema;

import java.util.ArrayList;
import java.util.List;

/** A table: {@code table("users", column("id", bigint()).primaryKey(), ...)}. */
public final class Table {
  private final String schema;
  private final String name;
  private final List<TablePart> parts;
  private String comment;
  private boolean unlogged;
  private final List<String[]> storageParameters = new ArrayList<>();
  private final java.util.List<GrantDef> grants = new java.util.ArrayList<>();

  Table(String schema, String name, List<TablePart> parts) {
    this.schema = schema;
    this.name = name;
    this.parts = List.copyOf(new ArrayList<>(parts));
  }

  public Table comment(String text) {
    this.comment = text;
    return this;
  }

  /**
   * {@code CREATE UNLOGGED TABLE}: faster writes, no WAL, emptied after a crash, not replicated.
   */
  public Table unlogged() {
    this.unlogged = true;
    return this;
  }

  /**
   * A storage parameter: {@code .with("fillfactor", "70")}, {@code .with("autovacuum_enabled",
   * "false")}, {@code .with("toast.autovacuum_enabled", "false")}.
   */
  public Table with(String parameter, String value) {
    Args.notNull(parameter, "table " + name + ": with(parameter, value): the parameter");
    Args.notNull(value, "table " + name + ": with(" + parameter + ", value): the value");
    storageParameters.add(new String[] {parameter, value});
    return this;
  }

  public boolean isUnlogged() {
    return unlogged;
  }

  /** The storage parameters as given, in order: each {@code {name, value}}. */
  public List<List<String>> storageParameters() {
    return storageParameters.stream().map(List::of).toList();
  }

  public String schema() {
    return schema;
  }

  public String name() {
    return name;
  }

  public List<TablePart> parts() {
    return parts;
  }

  public String commentText() {
    return comment;
  }

  @Override
  public String toString() {
    return "table " + schema + "." + name;
  }

  /**
   * Grants {@code privileges} on it to {@code role} ({@code "public"} for every role): {@code
   * .grant("reporting", SELECT)}. The role must exist, or be declared with {@code role(name)}.
   */
  public Table grant(String role, Privilege... privileges) {
    grants.add(GrantDef.of("table " + name, role, privileges, false));
    return this;
  }

  /** Grants {@code privileges} {@code WITH GRANT OPTION}: the role may grant them on. */
  public Table grantWithGrantOption(String role, Privilege... privileges) {
    grants.add(GrantDef.of("table " + name, role, privileges, true));
    return this;
  }

  /** The grants, in the order declared. */
  public java.util.List<GrantDef> grants() {
    return java.util.List.copyOf(grants);
  }
}
