package dev.shale.schema;

/** A view or materialized view, defined by its SQL query text. */
public final class PgView {
  private final String schema;
  private final String name;
  private final String query;
  private final boolean materialized;
  private String comment;
  private final java.util.List<String[]> options = new java.util.ArrayList<>();
  private final java.util.List<IndexDef> indexes = new java.util.ArrayList<>();
  private final java.util.List<GrantDef> grants = new java.util.ArrayList<>();

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

  /** {@code security_barrier}: the view's conditions run before any function a query adds. */
  public PgView securityBarrier() {
    return with("security_barrier", "true");
  }

  /** {@code security_invoker} (PostgreSQL 15): the tables are read with the caller's rights. */
  public PgView securityInvoker() {
    return with("security_invoker", "true");
  }

  /** {@code WITH CASCADED CHECK OPTION}: rows written through the view must stay visible in it. */
  public PgView withCheckOption() {
    return with("check_option", "cascaded");
  }

  /** {@code WITH LOCAL CHECK OPTION}: as {@link #withCheckOption()}, for this view's own query. */
  public PgView withLocalCheckOption() {
    return with("check_option", "local");
  }

  /** Any option: a view's, or a materialized view's storage parameter ({@code fillfactor}). */
  public PgView with(String option, String value) {
    Args.notNull(option, "view " + name + ": with(option, value): the option");
    Args.notNull(value, "view " + name + ": with(" + option + ", value): the value");
    options.add(new String[] {option, value});
    return this;
  }

  /**
   * Indexes of a materialized view: {@code materializedView("daily", "SELECT ...")
   * .indexes(index("day").unique())} (a unique one lets {@code REFRESH ... CONCURRENTLY} run).
   */
  public PgView indexes(IndexDef... more) {
    for (IndexDef index : more) {
      indexes.add(Args.notNull(index, "view " + name + ": indexes(...): an index"));
    }
    return this;
  }

  /**
   * Grants {@code privileges} on it to {@code role} ({@code "public"} for every role): {@code
   * .grant("anon", SELECT)}. A view and a materialized view take a table's privileges. The role
   * must exist, or be declared with {@code role(name)}.
   */
  public PgView grant(String role, Privilege... privileges) {
    grants.add(GrantDef.of(what(), role, privileges, false));
    return this;
  }

  /** Grants {@code privileges} {@code WITH GRANT OPTION}: the role may grant them on. */
  public PgView grantWithGrantOption(String role, Privilege... privileges) {
    grants.add(GrantDef.of(what(), role, privileges, true));
    return this;
  }

  /** The grants, in the order declared. */
  public java.util.List<GrantDef> grants() {
    return java.util.List.copyOf(grants);
  }

  private String what() {
    return (materialized ? "materialized view " : "view ") + name;
  }

  public java.util.List<IndexDef> indexDefs() {
    return java.util.List.copyOf(indexes);
  }

  /** The options as given, in order: each {@code {name, value}}. */
  public java.util.List<java.util.List<String>> options() {
    return options.stream().map(java.util.List::of).toList();
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
