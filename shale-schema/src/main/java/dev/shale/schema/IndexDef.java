package dev.shale.schema;

import java.util.List;

/**
 * An index: {@code index("email")}, {@code index(key("created_at").desc(),
 * expr("lower(title)")).unique().using("btree").where("deleted_at IS NULL").include("id")}.
 */
public final class IndexDef implements TablePart {
  private final List<IndexKey> keys;
  private boolean unique;
  private boolean nullsNotDistinct;
  private String method;
  private String where;
  private List<String> include = List.of();
  private String name;
  private final java.util.ArrayList<String[]> storage = new java.util.ArrayList<>();

  IndexDef(List<IndexKey> keys) {
    this.keys = List.copyOf(keys);
  }

  public IndexDef unique() {
    this.unique = true;
    return this;
  }

  public IndexDef nullsNotDistinct() {
    this.nullsNotDistinct = true;
    return this;
  }

  /** The index method: btree (the default), hash, gin, gist, brin, spgist. */
  public IndexDef using(String method) {
    this.method = Args.notNull(method, "index: using(method): the method");
    return this;
  }

  /** A partial index: only rows matching this SQL predicate. */
  public IndexDef where(String predicate) {
    this.where = Args.notNull(predicate, "index: where(predicate): the predicate");
    return this;
  }

  /** Non-key columns stored in the index (covering index). */
  public IndexDef include(String... columns) {
    this.include = Args.names(columns, "index: include(columns...): the columns");
    return this;
  }

  public IndexDef name(String name) {
    this.name = Args.notNull(name, "index: name(name): the index name");
    return this;
  }

  public List<IndexKey> keys() {
    return keys;
  }

  public boolean isUnique() {
    return unique;
  }

  public boolean isNullsNotDistinct() {
    return nullsNotDistinct;
  }

  public String method() {
    return method;
  }

  public String whereClause() {
    return where;
  }

  public List<String> includeColumns() {
    return include;
  }

  public String explicitName() {
    return name;
  }

  /** A storage parameter of the index: {@code .with("fillfactor", "70")}, {@code fastupdate}. */
  public IndexDef with(String parameter, String value) {
    Args.notNull(parameter, "index: with(parameter, value): the parameter");
    Args.notNull(value, "index: with(" + parameter + ", value): the value");
    storage.add(new String[] {parameter, value});
    return this;
  }

  /** The storage parameters as given, in order: each {@code {name, value}}. */
  public List<List<String>> storageParameters() {
    return storage.stream().map(List::of).toList();
  }
}
