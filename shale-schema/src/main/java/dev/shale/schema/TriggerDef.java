package dev.shale.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A trigger on the table: {@code
 * trigger("set_updated_at").before().onUpdate().forEachRow().execute(TOUCH_UPDATED_AT)}, {@code
 * trigger("audit").after().onInsert().onUpdate("status").forEachRow().when("OLD.* IS DISTINCT FROM
 * NEW.*").execute("audit.log_change", "orders")}. FOR EACH STATEMENT unless {@code forEachRow()}
 * says otherwise, as in PostgreSQL; enabled unless {@code disabled()}, {@code enabledReplica()} or
 * {@code enabledAlways()} says otherwise. A constraint trigger ({@code constraint()}) fires AFTER,
 * FOR EACH ROW, and may be deferred.
 */
public final class TriggerDef implements TablePart {
  private final String name;
  private String timing;
  private final List<String> events = new ArrayList<>();
  private final List<String> updateColumns = new ArrayList<>();
  private boolean forEachRow;
  private String when;
  private String functionSchema;
  private String functionName;
  private List<String> arguments = List.of();
  private String oldTable;
  private String newTable;
  private boolean constraint;
  private boolean deferrable;
  private boolean initiallyDeferred;
  private String from;
  private String state = "enabled";

  TriggerDef(String name) {
    this.name = name;
  }

  private String what(String call) {
    return "trigger " + name + ": " + call;
  }

  /** Fires before the row or statement is applied. */
  public TriggerDef before() {
    timing = "BEFORE";
    return this;
  }

  /** Fires after the row or statement is applied. */
  public TriggerDef after() {
    timing = "AFTER";
    return this;
  }

  public TriggerDef onInsert() {
    events.add("INSERT");
    return this;
  }

  /** On every UPDATE; with columns, {@code UPDATE OF} those columns only. */
  public TriggerDef onUpdate(String... columns) {
    events.add("UPDATE");
    updateColumns.addAll(Args.names(columns, what("onUpdate(columns...)")));
    return this;
  }

  public TriggerDef onDelete() {
    events.add("DELETE");
    return this;
  }

  /** On TRUNCATE (FOR EACH STATEMENT only). */
  public TriggerDef onTruncate() {
    events.add("TRUNCATE");
    return this;
  }

  /** FOR EACH ROW: once per row changed (the default is once per statement). */
  public TriggerDef forEachRow() {
    forEachRow = true;
    return this;
  }

  /** FOR EACH STATEMENT: once per statement, the default. */
  public TriggerDef forEachStatement() {
    forEachRow = false;
    return this;
  }

  /**
   * The WHEN condition, without its parentheses: {@code "OLD.status IS DISTINCT FROM NEW.status"}.
   */
  public TriggerDef when(String condition) {
    this.when = Args.notNull(condition, what("when(condition)"));
    return this;
  }

  /** The function to execute (declared with {@code function(...)}), with string arguments. */
  public TriggerDef execute(PgFunction function, String... arguments) {
    Args.notNull(
        function,
        what("execute(function): the function (declare its field above the table that uses it)"));
    this.functionSchema = function.schema();
    this.functionName = function.name();
    this.arguments = Args.names(arguments, what("execute(function, arguments...)"));
    return this;
  }

  /**
   * The function to execute by name, {@code "schema.name"} or {@code "name"}, with string
   * arguments: for a function the schema does not declare (one an extension provides, or a built-in
   * such as {@code suppress_redundant_updates_trigger}). A name without schema is found as the
   * server finds it: a built-in trigger function of pg_catalog first, else one in public.
   */
  public TriggerDef execute(String function, String... arguments) {
    Args.notNull(function, what("execute(function)"));
    int dot = function.indexOf('.');
    this.functionSchema = dot < 0 ? null : function.substring(0, dot);
    this.functionName = dot < 0 ? function : function.substring(dot + 1);
    this.arguments = Args.names(arguments, what("execute(function, arguments...)"));
    return this;
  }

  /** {@code REFERENCING OLD TABLE AS name}: the rows before the statement (AFTER triggers only). */
  public TriggerDef referencingOldTable(String relation) {
    this.oldTable = Args.notNull(relation, what("referencingOldTable(name)"));
    return this;
  }

  /** {@code REFERENCING NEW TABLE AS name}: the rows after the statement (AFTER triggers only). */
  public TriggerDef referencingNewTable(String relation) {
    this.newTable = Args.notNull(relation, what("referencingNewTable(name)"));
    return this;
  }

  /** {@code CREATE CONSTRAINT TRIGGER}: AFTER and FOR EACH ROW (both implied), may be deferred. */
  public TriggerDef constraint() {
    constraint = true;
    forEachRow = true;
    return this;
  }

  /** A deferrable constraint trigger (checked at commit when deferred). */
  public TriggerDef deferrable() {
    constraint = true;
    forEachRow = true;
    deferrable = true;
    return this;
  }

  /** A constraint trigger deferred until commit unless the transaction says otherwise. */
  public TriggerDef initiallyDeferred() {
    constraint = true;
    forEachRow = true;
    deferrable = true;
    initiallyDeferred = true;
    return this;
  }

  /** The table a constraint trigger's FROM names ({@code "schema.table"} or {@code "table"}). */
  public TriggerDef from(String table) {
    constraint = true;
    forEachRow = true;
    this.from = Args.notNull(table, what("from(table)"));
    return this;
  }

  /** {@code DISABLE TRIGGER}: kept but never fired. */
  public TriggerDef disabled() {
    state = "disabled";
    return this;
  }

  /** {@code ENABLE REPLICA TRIGGER}: fires only when the session replication role is replica. */
  public TriggerDef enabledReplica() {
    state = "replica";
    return this;
  }

  /** {@code ENABLE ALWAYS TRIGGER}: fires whatever the session replication role. */
  public TriggerDef enabledAlways() {
    state = "always";
    return this;
  }

  public String name() {
    return name;
  }

  /** {@code BEFORE}, {@code AFTER}, or null when not said. */
  public String timing() {
    return timing;
  }

  public List<String> events() {
    return List.copyOf(events);
  }

  public List<String> updateColumns() {
    return List.copyOf(updateColumns);
  }

  public boolean isForEachRow() {
    return forEachRow;
  }

  public String whenCondition() {
    return when;
  }

  /** The function's schema, or null when {@code execute("name")} named none. */
  public String functionSchema() {
    return functionSchema;
  }

  /** The function's name, or null when {@code execute(...)} was not called. */
  public String functionName() {
    return functionName;
  }

  public List<String> arguments() {
    return arguments;
  }

  public String oldTableName() {
    return oldTable;
  }

  public String newTableName() {
    return newTable;
  }

  public boolean isConstraint() {
    return constraint;
  }

  public boolean isDeferrable() {
    return deferrable;
  }

  public boolean isInitiallyDeferred() {
    return initiallyDeferred;
  }

  public String fromTable() {
    return from;
  }

  /** {@code enabled}, {@code disabled}, {@code replica} or {@code always}. */
  public String state() {
    return state;
  }
}
