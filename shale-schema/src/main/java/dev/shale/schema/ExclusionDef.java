package dev.shale.schema;

import java.util.List;

/**
 * An exclusion constraint: {@code exclude("gist", element("room_id", "="), element("during",
 * "&&")).where("NOT cancelled")}: no two rows may match on every element's operator.
 */
public final class ExclusionDef implements TablePart {
  /** One element: a key (column or expression, with its operator class) and its operator. */
  public record Element(IndexKey key, String operator) {}

  private final String method;
  private final List<Element> elements;
  private String where;
  private boolean deferrable;
  private boolean initiallyDeferred;
  private String name;

  ExclusionDef(String method, List<Element> elements) {
    this.method = method;
    this.elements = List.copyOf(elements);
  }

  /** A partial constraint: only rows matching this SQL predicate. */
  public ExclusionDef where(String predicate) {
    this.where = Args.notNull(predicate, "exclude: where(predicate): the predicate");
    return this;
  }

  /** DEFERRABLE INITIALLY IMMEDIATE. */
  public ExclusionDef deferrable() {
    this.deferrable = true;
    return this;
  }

  /** DEFERRABLE INITIALLY DEFERRED. */
  public ExclusionDef initiallyDeferred() {
    this.deferrable = true;
    this.initiallyDeferred = true;
    return this;
  }

  public ExclusionDef name(String name) {
    this.name = Args.notNull(name, "exclude: name(name): the constraint name");
    return this;
  }

  public String method() {
    return method;
  }

  public List<Element> elements() {
    return elements;
  }

  public String whereClause() {
    return where;
  }

  public boolean isDeferrable() {
    return deferrable;
  }

  public boolean isInitiallyDeferred() {
    return initiallyDeferred;
  }

  public String explicitName() {
    return name;
  }
}
