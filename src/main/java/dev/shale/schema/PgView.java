package dev.shale.schema;

/** A view or materialized view, defined by its SQL query text. */
public final class PgView {
  private final String schema;
  private final String name;
  private final String query;
  private final boolean materialized;
  private String comment;

  PgView(String schema, String name, String query, boolean materialized) {
    this.schema = schema;
    this.name = name;
    this.query = query;
    this.materialized = materialized;
  }

  public PgView comment(String text) {
    this.comment = text;
    return this;
  }

  public String schema() {
    return schema;
  }

  public String name() {
    return name;
  }

  public String query() {
    return query;
  }

  public boolean materialized() {
    return materialized;
  }

  public String commentText() {
    return comment;
  }
}
