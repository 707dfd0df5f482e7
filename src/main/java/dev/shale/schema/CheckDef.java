package dev.shale.schema;

/** A check constraint: {@code check("price >= 0")} or {@code check("price >= 0").name("x")}. */
public final class CheckDef implements TablePart {
  private final String expression;
  private String name;

  CheckDef(String expression) {
    this.expression = expression;
  }

  public CheckDef name(String name) {
    this.name = Args.notNull(name, "check (" + expression + "): name(name): the constraint name");
    return this;
  }

  public String expression() {
    return expression;
  }

  public String explicitName() {
    return name;
  }
}
