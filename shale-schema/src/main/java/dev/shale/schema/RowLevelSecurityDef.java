package dev.shale.schema;

/**
 * Row-level security on a table: {@code rowLevelSecurity()} enables it, {@code
 * rowLevelSecurity().force()} applies it to the table's owner too.
 */
public final class RowLevelSecurityDef implements TablePart {
  private boolean forced;

  RowLevelSecurityDef() {}

  /** {@code FORCE ROW LEVEL SECURITY}: the table's owner is subject to the policies too. */
  public RowLevelSecurityDef force() {
    forced = true;
    return this;
  }

  public boolean forced() {
    return forced;
  }
}
