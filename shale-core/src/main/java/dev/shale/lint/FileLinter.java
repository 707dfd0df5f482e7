package dev.shale.lint;

import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParseProblem;
import dev.shale.sql.parse.ParsedScript;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.ParsedStatement.Transaction;
import dev.shale.sql.parse.ParsedStatement.TransactionKind;
import dev.shale.sql.parse.Source;
import dev.shale.sql.parse.Span;
import dev.shale.sql.parse.SqlParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints one file: parses it, walks its statements once keeping the context that rules share
 * (transactions, lock_timeout, the known schema), runs every rule on every statement, then drops
 * what ignore comments suppress and reports the ignore comments that suppressed nothing.
 */
final class FileLinter {
  private final LintInput input;
  private final LintSettings settings;
  private final List<LintRule> rules;
  private final KnownSchema schema;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Integer> statementOf = new ArrayList<>();

  private int statements;
  private boolean wrapped;
  private boolean open;
  private boolean explicit;
  private int transaction;
  private LockTimeoutState lockTimeout;
  private java.util.Set<Integer> rolledBack = java.util.Set.of();
  private KnownSchema beforeTransaction;

  FileLinter(LintInput input, LintSettings settings, List<LintRule> rules, KnownSchema schema) {
    this.input = input;
    this.settings = settings;
    this.rules = rules;
    this.schema = schema;
  }

  List<Finding> lint() {
    return lint(SqlParser.parse(input.name(), input.text()));
  }

  /** Lints the file, already parsed into {@code script}. */
  List<Finding> lint(ParsedScript script) {
    wrapped = input.inToolTransaction(script);
    FileContext file = new FileContext(input, script, schema, settings, wrapped);
    lockTimeout = new LockTimeoutState(settings.toolLockTimeout(), wrapped);
    open = wrapped;
    rolledBack = rolledBackTransactions(script);
    statements = script.statements().size();
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < script.statements().size(); i++) {
      ParsedStatement statement = script.statements().get(i);
      sources.add(statement.source());
      try {
        step(file, i, statement);
      } catch (RuntimeException e) {
        throw failure(statement.source(), e);
      }
    }
    for (LintRule rule : rules) {
      try {
        rule.finish(file, reporter(rule.rule()));
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            input.name()
                + ": rule "
                + rule.rule().id()
                + " failed at the end of the file ("
                + e
                + "); this is a bug in Shale: please report it with the file",
            e);
      }
    }
    for (ParseProblem problem : script.problems()) {
      Span span = new Span(problem.line(), problem.column(), problem.line(), problem.column() + 1);
      findings.add(
          new Finding(
              input.name(),
              span,
              Rule.SYNTAX_ERROR,
              problem.message(),
              problem.fix(),
              statementAt(script, problem.line()),
              Finding.Origin.STATIC));
      statementOf.add(-2);
    }
    return suppress(sources);
  }

  /** Lints one statement, then takes in what it changes. */
  private void step(FileContext file, int i, ParsedStatement statement) {
    if (!open) {
      transaction++;
    }
    StatementContext context =
        new StatementContext(
            file,
            i,
            KnownNoOps.without(statement, schema),
            open,
            open && !explicit,
            transaction,
            lockTimeout.inForce(),
            StaticLocks.of(statement, schema, settings.pgVersion()));
    file.add(context);
    for (LintRule rule : rules) {
      rule.check(context, reporter(rule.rule()));
    }
    schema.apply(statement);
    lockTimeout.apply(statement);
    if (statement instanceof Transaction t) {
      transactionControl(t);
    }
  }

  /** A rule that throws is a bug; say where, so that the user can report it and work around it. */
  private IllegalStateException failure(Source source, RuntimeException e) {
    return new IllegalStateException(
        input.name()
            + ":"
            + source.line()
            + ":"
            + source.column()
            + ": check failed on this statement ("
            + e
            + "); this is a bug in Shale: please report it with the statement",
        e);
  }

  /** How many statements the file has (after {@link #lint()}). */
  int statements() {
    return statements;
  }

  /**
   * The indexes of the BEGINs whose transaction ends in ROLLBACK, in a file the tool does not wrap
   * in a transaction: what such a transaction creates never exists.
   */
  private java.util.Set<Integer> rolledBackTransactions(ParsedScript script) {
    java.util.Set<Integer> begins = new java.util.HashSet<>();
    if (wrapped) {
      return begins;
    }
    int begin = -1;
    for (int i = 0; i < script.statements().size(); i++) {
      if (script.statements().get(i) instanceof Transaction t) {
        if (t.kind() == TransactionKind.BEGIN && begin < 0) {
          begin = i;
        } else if (t.kind() == TransactionKind.ROLLBACK && begin >= 0 && !t.chain()) {
          begins.add(begin);
          begin = -1;
        } else if (t.kind() == TransactionKind.COMMIT
            || t.kind() == TransactionKind.PREPARE
            || t.kind() == TransactionKind.ROLLBACK) {
          begin = -1;
        }
      }
    }
    return begins;
  }

  private void transactionControl(Transaction t) {
    switch (t.kind()) {
      case BEGIN -> {
        if (!open) {
          if (rolledBack.contains(t.source().number() - 1)) {
            beforeTransaction = schema.snapshot();
          }
          open = true;
          explicit = true;
          transaction++;
          lockTimeout.transactionStarted();
        }
      }
      case COMMIT, ROLLBACK, PREPARE -> {
        // ROLLBACK or COMMIT with no transaction open only warns: nothing changes.
        boolean wasOpen = open;
        if (wasOpen) {
          lockTimeout.transactionEnded(t.kind() == TransactionKind.COMMIT);
        }
        if (beforeTransaction != null && wasOpen && t.kind() == TransactionKind.ROLLBACK) {
          schema.restore(beforeTransaction);
        }
        beforeTransaction = null;
        transaction++;
        // AND CHAIN opens the next transaction at once: the file's own when it managed the one
        // that ended.
        boolean chain = wasOpen && t.chain();
        explicit = chain && explicit;
        open = wrapped || chain;
        if (open) {
          lockTimeout.transactionStarted();
        }
      }
      case SAVEPOINT -> lockTimeout.savepoint(t.name());
      case RELEASE -> lockTimeout.release(t.name());
      case ROLLBACK_TO -> lockTimeout.rollbackTo(t.name());
      default -> {}
    }
  }

  private Report reporter(Rule rule) {
    return (source, span, message, fix) -> {
      findings.add(
          new Finding(input.name(), span, rule, message, fix, source.sql(), Finding.Origin.STATIC));
      statementOf.add(source.number() - 1);
    };
  }

  private static String statementAt(ParsedScript script, int line) {
    for (ParsedStatement s : script.statements()) {
      if (s.source().span().line() <= line && line <= s.source().span().endLine()) {
        return s.source().sql();
      }
    }
    return "";
  }

  /** Drops suppressed findings; adds one for each ignore comment that suppressed nothing. */
  private List<Finding> suppress(List<Source> sources) {
    List<Suppressions.Ignore> ignores = Suppressions.read(input.text(), sources);
    List<Finding> kept = new ArrayList<>();
    boolean[] used = new boolean[ignores.size()];
    boolean[][] usedIds = new boolean[ignores.size()][];
    // The ignores that apply to each statement (key -1: the whole file).
    java.util.Map<Integer, List<Integer>> applying = new java.util.HashMap<>();
    for (int i = 0; i < ignores.size(); i++) {
      Suppressions.Ignore ignore = ignores.get(i);
      applying
          .computeIfAbsent(ignore.wholeFile() ? -1 : ignore.statement(), k -> new ArrayList<>())
          .add(i);
    }
    for (int f = 0; f < findings.size(); f++) {
      Finding finding = findings.get(f);
      boolean suppressed = false;
      int statement = statementOf.get(f);
      List<Integer> candidates = new ArrayList<>(applying.getOrDefault(-1, List.of()));
      if (statement != -1) {
        candidates.addAll(applying.getOrDefault(statement, List.of()));
      }
      for (int i : candidates) {
        Suppressions.Ignore ignore = ignores.get(i);
        if (ignore.covers(finding.rule().id())) {
          suppressed = true;
          used[i] = true;
          markId(ignore, finding.rule().id(), usedIds, i);
        }
      }
      if (!suppressed) {
        kept.add(finding);
      }
    }
    java.util.Set<String> ran = new java.util.HashSet<>();
    ran.add(Rule.SYNTAX_ERROR.id());
    rules.forEach(r -> ran.add(r.rule().id()));
    for (int i = 0; i < ignores.size(); i++) {
      Suppressions.Ignore ignore = ignores.get(i);
      List<String> messages = new ArrayList<>();
      if (ignore.problem() != null) {
        messages.add(
            "shale:ignore comment not understood, so it ignores nothing: " + ignore.problem());
      } else if (ignore.placement() == Suppressions.Placement.INSIDE) {
        messages.add(
            "shale:ignore inside a statement ignores nothing: put it on the line before the"
                + " statement");
      } else {
        int n = 0;
        for (String id : ignore.ids()) {
          boolean isUsed = usedIds[i] != null && usedIds[i][n];
          n++;
          if (Rule.byId(id) == null) {
            messages.add(
                "shale:ignore names " + id + ", which is no rule: see docs/rules.md for the ids");
          } else if (!isUsed && ran.contains(id)) {
            // A rule that did not run (excluded, not included, not for this version) has
            // nothing to suppress here: the comment may well be needed elsewhere.
            messages.add("shale:ignore " + id + " suppresses nothing on " + where(ignore));
          }
        }
        if (ignore.ids().isEmpty() && !used[i]) {
          messages.add("shale:ignore (every rule) suppresses nothing on " + where(ignore));
        }
      }
      for (String message : messages) {
        kept.add(
            new Finding(
                input.name(),
                ignore.span(),
                Rule.UNUSED_IGNORE,
                message,
                null,
                "",
                Finding.Origin.STATIC));
      }
    }
    kept.sort(
        java.util.Comparator.comparingInt((Finding f) -> f.span().line())
            .thenComparingInt(f -> f.span().column()));
    return kept;
  }

  private static String where(Suppressions.Ignore ignore) {
    return switch (ignore.placement()) {
      case FILE -> "this file";
      case TRAILING -> "the statement it trails";
      default -> "the statement after it";
    };
  }

  private static void markId(Suppressions.Ignore ignore, String id, boolean[][] usedIds, int i) {
    if (usedIds[i] == null) {
      usedIds[i] = new boolean[ignore.ids().size()];
    }
    int n = 0;
    for (String candidate : ignore.ids()) {
      if (candidate.equals(id)) {
        usedIds[i][n] = true;
      }
      n++;
    }
  }
}
