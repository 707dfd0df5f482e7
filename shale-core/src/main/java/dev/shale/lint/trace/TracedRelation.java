package dev.shale.lint.trace;

import dev.shale.sql.parse.QualifiedName;

/**
 * A relation as the trace saw it before a statement: always by name ({@code schema.name}), because
 * a statement may give the same relation a new OID (a retyped indexed column re-creates its index).
 *
 * @param name the relation, schema-qualified
 * @param kind {@code pg_class.relkind}: {@code r} table, {@code p} partitioned table, {@code m}
 *     materialized view, {@code i}/{@code I} index, {@code v} view, {@code f} foreign table
 * @param table for an index, its table; otherwise the relation itself
 * @param newInDeploy whether the relation did not exist when the deploy started (created by an
 *     earlier statement of the traced files): statements on it put nobody at risk
 * @param heldRows whether the table (for an index, its table) held rows when its file started
 */
public record TracedRelation(
    QualifiedName name, char kind, QualifiedName table, boolean newInDeploy, boolean heldRows) {

  public boolean isIndex() {
    return kind == 'i' || kind == 'I';
  }

  /** A table, partitioned table or materialized view: what queries read and write. */
  public boolean isTable() {
    return kind == 'r' || kind == 'p' || kind == 'm' || kind == 'f';
  }

  @Override
  public String toString() {
    return name.schema() + "." + name.name();
  }
}
