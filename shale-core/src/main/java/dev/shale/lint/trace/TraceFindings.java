package dev.shale.lint.trace;

import dev.shale.lint.Finding;
import dev.shale.sql.LockMode;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets a trace beside the static findings of the same files. A static finding whose rule says what
 * the trace saw is kept and marked "confirmed by trace"; one whose rule says the statement takes a
 * lock, rewrites, scans or fails when the server did not is kept and followed by a {@code
 * trace-contradicts-rule} finding; a statement that no rule reported, on which the server took a
 * lock that blocks writes on an existing table, or rewrote or scanned an existing table that held
 * rows, gets a {@code trace-unlisted-risk} finding.
 */
public final class TraceFindings {
  private TraceFindings() {}

  /** The static findings with the trace's verdicts, ordered by file, line and column. */
  public static List<Finding> compare(TraceResult trace, List<Finding> staticFindings) {
    return compare(trace, staticFindings, trace.serverVersion());
  }

  /**
   * As {@link #compare(TraceResult, List)}, for rules that targeted PostgreSQL {@code pgVersion}:
   * when the trace ran on a newer server, a contradiction says so (the older version may do what
   * the rule says, as PostgreSQL 11 scans for SET NOT NULL despite a valid CHECK).
   */
  public static List<Finding> compare(
      TraceResult trace, List<Finding> staticFindings, int pgVersion) {
    List<Finding> out = new ArrayList<>();
    Set<TracedStatement> reported = new HashSet<>();
    for (Finding f : staticFindings) {
      TracedStatement t = f.origin() == Finding.Origin.STATIC ? statementOf(trace, f) : null;
      if (t == null) {
        out.add(f);
        continue;
      }
      reported.add(t);
      RuleEffects effects = RuleEffects.of(f.rule());
      if (effects == null
          || t.observed() == TracedStatement.Observation.NOT_OBSERVED && !t.failed()) {
        out.add(f);
        continue;
      }
      Verdict v = verdict(effects, t, trace.serverVersion());
      if (v.missing.isEmpty()) {
        out.add(v.seen.isEmpty() ? f : note(f, "confirmed by trace: " + String.join("; ", v.seen)));
      } else {
        out.add(f);
        out.add(
            new Finding(
                f.file(),
                f.span(),
                Rule.TRACE_CONTRADICTS_RULE,
                f.rule().id()
                    + " says this statement "
                    + String.join(" and ", v.missing)
                    + ", but on PostgreSQL "
                    + trace.serverVersion()
                    + " it did not"
                    + (v.seen.isEmpty() ? "" : " (it " + String.join("; ", v.seen) + ")")
                    + (t.failed() ? " (it failed: " + t.error() + ")" : "")
                    + (pgVersion < trace.serverVersion()
                        ? "; the rules target PostgreSQL "
                            + pgVersion
                            + " and the trace ran on "
                            + trace.serverVersion()
                        : ""),
                null,
                f.statement(),
                Finding.Origin.TRACE));
      }
    }
    for (TracedStatement t : trace.statements()) {
      if (reported.contains(t) || t.failed()) {
        continue;
      }
      List<String> risks = t.risks();
      if (!risks.isEmpty()) {
        out.add(
            new Finding(
                t.file(),
                t.source().span(),
                Rule.TRACE_UNLISTED_RISK,
                "the server "
                    + String.join(", ", risks)
                    + " when the trace ran this statement, and no rule reported it",
                null,
                t.source().sql(),
                Finding.Origin.TRACE));
      }
    }
    Map<String, Integer> fileOrder = new LinkedHashMap<>();
    staticFindings.forEach(f -> fileOrder.putIfAbsent(f.file(), fileOrder.size()));
    trace.statements().forEach(t -> fileOrder.putIfAbsent(t.file(), fileOrder.size()));
    out.sort(
        Comparator.comparingInt((Finding f) -> fileOrder.getOrDefault(f.file(), Integer.MAX_VALUE))
            .thenComparingInt(f -> f.span().line())
            .thenComparingInt(f -> f.span().column()));
    return out;
  }

  private record Verdict(List<String> seen, List<String> missing) {}

  private static Verdict verdict(RuleEffects effects, TracedStatement t, int serverVersion) {
    List<String> seen = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (t.failed()) {
      if (effects.fails() || effects.mayFail()) {
        seen.add("it failed: " + t.error());
      }
      // otherwise the statement's effects were never seen: nothing to say
      return new Verdict(seen, missing);
    }
    if (effects.fails()) {
      missing.add("fails");
    }
    if (effects.lock() != null
        && !(t.observed() == TracedStatement.Observation.FROM_SECOND_SESSION
            && t.held().isEmpty())) {
      ObservedLock strongest = null;
      for (ObservedLock lock : t.held()) {
        if (strongest == null || lock.mode().compareTo(strongest.mode()) > 0) {
          strongest = lock;
        }
      }
      if (strongest == null || strongest.mode().compareTo(effects.lock()) < 0) {
        missing.add("takes " + article(effects.lock()) + " lock or stronger");
        if (strongest != null) {
          seen.add("took " + strongest);
        }
      } else {
        seen.add("took " + strongest);
      }
    }
    if (effects.rewrite()) {
      if (t.rewritten().isEmpty()) {
        missing.add("rewrites a table or index");
      } else {
        seen.add("rewrote " + join(t.rewritten()));
      }
    }
    boolean scansKnown =
        t.observed() == TracedStatement.Observation.IN_TRANSACTION || serverVersion >= 15;
    if (effects.scan() && scansKnown) {
      if (t.scanned().isEmpty()) {
        missing.add("scans a table");
      } else {
        seen.add("scanned " + join(t.scanned()));
      }
    }
    return new Verdict(seen, missing);
  }

  private static String article(LockMode mode) {
    return (mode == LockMode.ACCESS_EXCLUSIVE ? "an " : "a ") + mode.sql();
  }

  private static String join(List<TracedRelation> relations) {
    return String.join(", ", relations.stream().map(TracedRelation::toString).toList());
  }

  private static Finding note(Finding f, String note) {
    return new Finding(
        f.file(),
        f.span(),
        f.rule(),
        f.message() + " (" + note + ")",
        f.fix(),
        f.statement(),
        f.origin());
  }

  /**
   * The traced statement a finding sits on: same file, the finding starting inside the statement or
   * just past its end (where a syntax error at the end of input points).
   */
  public static TracedStatement statementOf(TraceResult trace, Finding f) {
    for (TracedStatement t : trace.statements()) {
      if (t.file().equals(f.file()) && startsIn(f.span(), t.source().span())) {
        return t;
      }
    }
    return null;
  }

  private static boolean startsIn(Span inner, Span outer) {
    boolean afterStart =
        inner.line() > outer.line()
            || inner.line() == outer.line() && inner.column() >= outer.column();
    boolean beforeEnd =
        inner.line() < outer.endLine()
            || inner.line() == outer.endLine() && inner.column() <= outer.endColumn();
    return afterStart && beforeEnd;
  }
}
