package dev.shale.schema;

/** A check constraint: {@code check("price >= 0")} or {@code check("price >= 0").name("x")}. */
public final class CheckDef implements TablePart {
  private final String expression;
  private String name;
  private boolean notValid;

  CheckDef(String expression) {
    this.expression = expression;
  }

  public CheckDef name(String name) {
    this.name = Args.notNull(name, "check (" + expression + "): name(name): the constraint name");
    return this;
  }

  /**
   * NOT VALID: rows already in the table need not meet it (new and updated rows must). Shale adds
   * the check without reading the rows and never validates it on its own; remove notValid() to have
   * the next migration validate it.
   */
  public CheckDef notValid() {
    this.notValid = true;
    return this;
  }

  public boolean isNotValid() {
    return notValid;
  }

  public String expression() {
    return expression;
  }

  public String explicitName() {
    return name;
  }
}
