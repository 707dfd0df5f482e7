package dev.shale.lint;

import dev.shale.sql.parse.ParsedScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A file being linted: its statements with their contexts so far, the schema, the settings. */
public final class FileContext {
  private final LintInput input;
  private final ParsedScript script;
  private final KnownSchema schema;
  private final LintSettings settings;
  private final boolean inToolTransaction;
  private final List<StatementContext> statements = new ArrayList<>();
  private final Map<Object, Object> ruleState = new HashMap<>();
  private final Map<Integer, Transaction> transactions = new HashMap<>();

  /** The statements of one transaction block, in order, and by their class. */
  private static final class Transaction {
    final List<StatementContext> all = new ArrayList<>();
    final Map<Class<?>, List<StatementContext>> byKind = new HashMap<>();
  }

  FileContext(
      LintInput input,
      ParsedScript script,
      KnownSchema schema,
      LintSettings settings,
      boolean inToolTransaction) {
    this.input = input;
    this.script = script;
    this.schema = schema;
    this.settings = settings;
    this.inToolTransaction = inToolTransaction;
  }

  public LintInput input() {
    return input;
  }

  /**
   * Whether the migration tool wraps this file in one transaction, as it does with its statements.
   */
  public boolean inToolTransaction() {
    return inToolTransaction;
  }

  public ParsedScript script() {
    return script;
  }

  public KnownSchema schema() {
    return schema;
  }

  public LintSettings settings() {
    return settings;
  }

  /** The contexts of the statements linted so far (all of them in {@code finish}). */
  public List<StatementContext> statements() {
    return Collections.unmodifiableList(statements);
  }

  /**
   * What a rule keeps while it lints this file, under a key of its own (the rule itself): e.g. the
   * schema as it was at a statement, for pairing statements in {@code finish}. Rule instances are
   * shared between files and runs, so they keep no state of their own.
   */
  @SuppressWarnings("unchecked")
  public <T> T state(Object key, Supplier<T> initial) {
    return (T) ruleState.computeIfAbsent(key, k -> initial.get());
  }

  void add(StatementContext context) {
    statements.add(context);
    if (context.inTransaction()) {
      Transaction t = transactions.computeIfAbsent(context.transaction(), k -> new Transaction());
      t.all.add(context);
      t.byKind.computeIfAbsent(context.statement().getClass(), k -> new ArrayList<>()).add(context);
    }
  }

  /** The statements before {@code context} in its transaction block (a view: no copy). */
  List<StatementContext> earlierInTransaction(StatementContext context) {
    Transaction t = context.inTransaction() ? transactions.get(context.transaction()) : null;
    return t == null ? List.of() : before(t.all, context.index());
  }

  /** Those of them that are {@code kind} statements. */
  List<StatementContext> earlierInTransaction(StatementContext context, Class<?> kind) {
    Transaction t = context.inTransaction() ? transactions.get(context.transaction()) : null;
    List<StatementContext> of = t == null ? null : t.byKind.get(kind);
    return of == null ? List.of() : before(of, context.index());
  }

  /** The leading part of {@code list} (ordered by index) with indexes below {@code index}. */
  private static List<StatementContext> before(List<StatementContext> list, int index) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).index() < index) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return Collections.unmodifiableList(list.subList(0, lo));
  }
}
