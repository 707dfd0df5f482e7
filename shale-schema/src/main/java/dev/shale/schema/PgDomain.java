package dev.shale.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A domain: {@code domain("positive_amount", numeric(12, 2)).notNull().defaultTo("0")
 * .check("positive", "VALUE >= 0")}. A column of it is {@code column("price", POSITIVE_AMOUNT)}; a
 * function argument or a composite field takes {@code POSITIVE_AMOUNT.type()}.
 */
public final class PgDomain implements UserType {
  /** A named check; its expression says {@code VALUE} for the value checked. */
  public record Check(String name, String expression) {}

  private final String schema;
  private final String name;
  private final DataType baseType;
  private boolean notNull;
  private String defaultExpression;
  private String collation;
  private final List<Check> checks = new ArrayList<>();

  PgDomain(String schema, String name, DataType baseType) {
    this.schema = schema;
    this.name = name;
    this.baseType = baseType;
  }

  /** Values may not be null ({@code NOT NULL}): every column of the domain then is NOT NULL. */
  public PgDomain notNull() {
    this.notNull = true;
    return this;
  }

  /** The default of columns of the domain that declare none: an SQL expression. */
  public PgDomain defaultTo(String expression) {
    this.defaultExpression = Args.notNull(expression, "domain " + name + ": defaultTo(expression)");
    return this;
  }

  /** A check constraint named {@code name}: {@code check("positive", "VALUE >= 0")}. */
  public PgDomain check(String name, String expression) {
    String call = "domain " + this.name + ": check(name, expression)";
    checks.add(new Check(Args.notNull(name, call), Args.notNull(expression, call)));
    return this;
  }

  /** The collation of a text domain: {@code collate("C")}. */
  public PgDomain collate(String collation) {
    this.collation = Args.notNull(collation, "domain " + name + ": collate(collation)");
    return this;
  }

  @Override
  public DataType type() {
    return DataType.of(this);
  }

  @Override
  public String schema() {
    return schema;
  }

  @Override
  public String name() {
    return name;
  }

  public DataType baseType() {
    return baseType;
  }

  public boolean isNotNull() {
    return notNull;
  }

  public String defaultExpression() {
    return defaultExpression;
  }

  public String collation() {
    return collation;
  }

  public List<Check> checks() {
    return List.copyOf(checks);
  }

  @Override
  public String toString() {
    return "domain " + schema + "." + name;
  }
}
