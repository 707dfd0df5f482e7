package dev.shale.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A trigger on a table ({@code CREATE [CONSTRAINT] TRIGGER}).
 *
 * @param timing {@code BEFORE} or {@code AFTER}
 * @param events {@code INSERT}, {@code DELETE}, {@code UPDATE}, {@code TRUNCATE}, in that order (as
 *     the server prints them)
 * @param columns the columns of {@code UPDATE OF}, sorted (their order means nothing); empty for
 *     every column
 * @param forEachRow FOR EACH ROW, else FOR EACH STATEMENT
 * @param when the WHEN condition without its parentheses, or null
 * @param function the function it executes (no arguments, returns trigger)
 * @param arguments the string arguments passed to the function, in order
 * @param oldTable the name of the OLD TABLE transition relation, or null
 * @param newTable the name of the NEW TABLE transition relation, or null
 * @param constraint a constraint trigger ({@code CREATE CONSTRAINT TRIGGER})
 * @param deferrable a deferrable constraint trigger
 * @param initiallyDeferred a constraint trigger deferred by default
 * @param from the table a constraint trigger's FROM names, or null
 * @param state {@code enabled} (fires when the session replication role is origin or local), {@code
 *     disabled}, {@code replica} or {@code always}
 */
public record Trigger(
    String name,
    String timing,
    List<String> events,
    List<String> columns,
    boolean forEachRow,
    String when,
    QualifiedName function,
    List<String> arguments,
    String oldTable,
    String newTable,
    boolean constraint,
    boolean deferrable,
    boolean initiallyDeferred,
    QualifiedName from,
    String state) {

  public static final List<String> TIMINGS = List.of("BEFORE", "AFTER");
  public static final List<String> EVENTS = List.of("INSERT", "DELETE", "UPDATE", "TRUNCATE");
  public static final List<String> STATES = List.of("enabled", "disabled", "replica", "always");
  public static final String ENABLED = "enabled";

  public Trigger {
    if (!TIMINGS.contains(timing)) {
      throw new IllegalArgumentException("trigger " + name + ": unknown timing " + timing);
    }
    if (!STATES.contains(state)) {
      throw new IllegalArgumentException("trigger " + name + ": unknown state " + state);
    }
    for (String event : events) {
      if (!EVENTS.contains(event)) {
        throw new IllegalArgumentException("trigger " + name + ": unknown event " + event);
      }
    }
    events = EVENTS.stream().filter(events::contains).toList();
    columns = columns.stream().sorted().distinct().toList();
    arguments = List.copyOf(arguments);
  }

  /** The same trigger under another name. */
  public Trigger withName(String newName) {
    return new Trigger(
        newName,
        timing,
        events,
        columns,
        forEachRow,
        when,
        function,
        arguments,
        oldTable,
        newTable,
        constraint,
        deferrable,
        initiallyDeferred,
        from,
        state);
  }

  /** The same trigger in another state. */
  public Trigger withState(String newState) {
    return new Trigger(
        name,
        timing,
        events,
        columns,
        forEachRow,
        when,
        function,
        arguments,
        oldTable,
        newTable,
        constraint,
        deferrable,
        initiallyDeferred,
        from,
        newState);
  }

  /** The same trigger with its WHEN condition rewritten by {@code edit}. */
  public Trigger withWhen(String newWhen) {
    return new Trigger(
        name,
        timing,
        events,
        columns,
        forEachRow,
        newWhen,
        function,
        arguments,
        oldTable,
        newTable,
        constraint,
        deferrable,
        initiallyDeferred,
        from,
        state);
  }

  /** Column names ({@code UPDATE OF}) and the WHEN condition passed through renames. */
  public Trigger mapped(UnaryOperator<String> column, UnaryOperator<String> expression) {
    List<String> renamed = new ArrayList<>();
    columns.forEach(c -> renamed.add(column.apply(c)));
    return new Trigger(
        name,
        timing,
        events,
        renamed,
        forEachRow,
        when == null ? null : expression.apply(when),
        function,
        arguments,
        oldTable,
        newTable,
        constraint,
        deferrable,
        initiallyDeferred,
        from,
        state);
  }

  /**
   * {@code when} with {@code OLD.from} and {@code NEW.from} written {@code OLD.to} and {@code
   * NEW.to}: PostgreSQL keeps the column, whatever its name.
   */
  public static String renameRowColumn(String when, String from, String to) {
    if (when == null) {
      return null;
    }
    String name = to.matches("[a-z_][a-z0-9_$]*") ? to : '"' + to.replace("\"", "\"\"") + '"';
    java.util.regex.Pattern reference =
        java.util.regex.Pattern.compile(
            "(?i)((?<![\\w$\"])(?:old|new)\\s*\\.\\s*)(\"?)"
                + java.util.regex.Pattern.quote(from)
                + "\\2(?![\\w$])");
    return reference
        .matcher(when)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + name));
  }

  /** The function and the FROM table passed through a rename of relations or schemas. */
  public Trigger moved(
      UnaryOperator<QualifiedName> functions, UnaryOperator<QualifiedName> tables) {
    return new Trigger(
        name,
        timing,
        events,
        columns,
        forEachRow,
        when,
        functions.apply(function),
        arguments,
        oldTable,
        newTable,
        constraint,
        deferrable,
        initiallyDeferred,
        from == null ? null : tables.apply(from),
        state);
  }

  /** Whether the two differ only in name. */
  public boolean sameDefinition(Trigger other) {
    return withName(other.name).equals(other);
  }

  /** Whether the two differ at most in their enabled state. */
  public boolean sameButState(Trigger other) {
    return withState(other.state).equals(other);
  }
}
