package dev.shale.model;

/**
 * A check constraint.
 *
 * @param notValid declared {@code NOT VALID}: rows that were there when it was added need not meet
 *     it, and Shale never validates it on its own (a validated constraint satisfies this too)
 */
public record CheckConstraint(String name, String expression, boolean notValid) {

  public CheckConstraint(String name, String expression) {
    this(name, expression, false);
  }

  public CheckConstraint withName(String replaced) {
    return new CheckConstraint(replaced, expression, notValid);
  }

  public CheckConstraint withExpression(String replaced) {
    return new CheckConstraint(name, replaced, notValid);
  }

  public CheckConstraint withNotValid(boolean replaced) {
    return new CheckConstraint(name, expression, replaced);
  }
}
