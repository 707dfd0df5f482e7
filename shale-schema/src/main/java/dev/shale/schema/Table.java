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
  private PartitionKeyDef partitionKey;
  private java.util.function.Supplier<Table> parent;
  private PartitionBoundDef bound;
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

  /** {@code PARTITION BY RANGE (columns)}. */
  public Table partitionByRange(String... columns) {
    return partitionBy(PartitionKeyDef.Strategy.RANGE, keys(columns));
  }

  /** {@code PARTITION BY RANGE (keys)}, with expressions: {@code expr("(lower(city))")}. */
  public Table partitionByRange(IndexKey... keys) {
    return partitionBy(PartitionKeyDef.Strategy.RANGE, keys);
  }

  /** {@code PARTITION BY LIST (columns)}. */
  public Table partitionByList(String... columns) {
    return partitionBy(PartitionKeyDef.Strategy.LIST, keys(columns));
  }

  public Table partitionByList(IndexKey... keys) {
    return partitionBy(PartitionKeyDef.Strategy.LIST, keys);
  }

  /** {@code PARTITION BY HASH (columns)}. */
  public Table partitionByHash(String... columns) {
    return partitionBy(PartitionKeyDef.Strategy.HASH, keys(columns));
  }

  public Table partitionByHash(IndexKey... keys) {
    return partitionBy(PartitionKeyDef.Strategy.HASH, keys);
  }

  /**
   * A partition of {@code parent} ({@code CREATE TABLE … PARTITION OF parent FOR VALUES …}): it
   * takes its columns, and the constraints and indexes declared on the parent, from the parent; it
   * declares only what is its own (indexes, checks, triggers, a comment, its own partitioning):
   * {@code table("measurement_y2024").partitionOf(() -> MEASUREMENT,
   * valuesFrom("2024-01-01").to("2025-01-01"))}.
   */
  public Table partitionOf(java.util.function.Supplier<Table> parent, PartitionBoundDef bound) {
    Args.notNull(parent, this + ": partitionOf(parent, bound): the parent");
    Args.notNull(bound, this + ": partitionOf(parent, bound): the bound");
    this.parent = parent;
    this.bound = bound;
    return this;
  }

  private Table partitionBy(PartitionKeyDef.Strategy strategy, IndexKey[] keys) {
    Args.notNull(keys, this + ": partitionBy…(keys): the keys");
    this.partitionKey =
        new PartitionKeyDef(strategy, Args.elements(keys, this + " partition key", ""));
    return this;
  }

  private IndexKey[] keys(String[] columns) {
    Args.notNull(columns, this + ": partitionBy…(columns): the columns");
    IndexKey[] keys = new IndexKey[columns.length];
    for (int i = 0; i < columns.length; i++) {
      keys[i] = Pg.key(columns[i]);
    }
    return keys;
  }

  /** The partition key, or null when the table is not partitioned. */
  public PartitionKeyDef partitionKey() {
    return partitionKey;
  }

  /** The parent when this is a partition, else null. */
  public Table partitionParent() {
    return parent == null ? null : parent.get();
  }

  /** The bound when this is a partition, else null. */
  public PartitionBoundDef partitionBound() {
    return bound;
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
