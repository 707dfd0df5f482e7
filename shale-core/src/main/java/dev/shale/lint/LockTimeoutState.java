package dev.shale.lint;

import dev.shale.sql.parse.ParsedStatement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code lock_timeout} in force as a file runs, with PostgreSQL's semantics. The server's
 * default is taken to be 0 (no timeout). The migration tool, when it sets one, does it with {@code
 * SET LOCAL} inside the transaction it runs a file in (gone once that transaction ends) and with a
 * session {@code SET} for a file it runs without one. {@code SET} lasts for the session (undone if
 * its transaction or savepoint rolls back), {@code SET LOCAL} and {@code set_config(…, true)} until
 * the transaction ends (and do nothing outside one); {@code RESET}, {@code SET … TO DEFAULT},
 * {@code RESET ALL} and {@code DISCARD ALL} go back to the server's default. Values are rounded to
 * whole milliseconds, as PostgreSQL does, so {@code '0.4ms'} means no timeout.
 */
final class LockTimeoutState {
  private static final Pattern VALUE =
      Pattern.compile("\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([a-z]*)\\s*");
  private static final boolean SERVER_DEFAULT = false;

  private record Savepoint(String name, boolean session, Boolean local) {}

  private boolean session;
  private Boolean local;
  private boolean open;
  private boolean sessionAtStart;
  private final Deque<Savepoint> savepoints = new ArrayDeque<>();

  /**
   * @param tool whether the migration tool sets a lock_timeout itself
   * @param toolTransaction whether it runs the file in a transaction of its own (then it sets the
   *     timeout with SET LOCAL in it)
   */
  LockTimeoutState(boolean tool, boolean toolTransaction) {
    session = tool && !toolTransaction ? true : SERVER_DEFAULT;
    if (toolTransaction) {
      transactionStarted();
      local = tool ? Boolean.TRUE : null;
    }
  }

  boolean inForce() {
    return local != null ? local : session;
  }

  /** A transaction block starts (BEGIN, a chained or an implicit one). */
  void transactionStarted() {
    open = true;
    sessionAtStart = session;
    local = null;
    savepoints.clear();
  }

  /** The open transaction block ends. */
  void transactionEnded(boolean committed) {
    if (!open) {
      return;
    }
    if (!committed) {
      session = sessionAtStart;
    }
    local = null;
    open = false;
    savepoints.clear();
  }

  void savepoint(String name) {
    if (open) {
      savepoints.push(new Savepoint(name, session, local));
    }
  }

  /** ROLLBACK TO SAVEPOINT: undoes what was set after it; the savepoint stays. */
  void rollbackTo(String name) {
    Savepoint target = find(name);
    if (target == null) {
      return;
    }
    while (savepoints.peek() != target) {
      savepoints.pop();
    }
    session = target.session();
    local = target.local();
  }

  /** RELEASE SAVEPOINT: keeps what was set, forgets the savepoint and the ones after it. */
  void release(String name) {
    Savepoint target = find(name);
    if (target == null) {
      return;
    }
    while (savepoints.pop() != target) {
      // drop the savepoints made after it
    }
  }

  private Savepoint find(String name) {
    for (Iterator<Savepoint> it = savepoints.iterator(); it.hasNext(); ) {
      Savepoint s = it.next();
      if (name == null || s.name() == null || s.name().equalsIgnoreCase(name)) {
        return s;
      }
    }
    return null;
  }

  /** Takes in a statement that may set or reset lock_timeout. */
  void apply(ParsedStatement statement) {
    if (statement instanceof ParsedStatement.SetVariable set && isLockTimeout(set.name())) {
      if (set.value() == null) {
        set(SERVER_DEFAULT, set.local());
      } else {
        Long ms = milliseconds(set.value());
        if (ms != null) {
          set(ms != 0, set.local());
        }
      }
    } else if (statement instanceof ParsedStatement.SetConfig config
        && isLockTimeout(config.name())) {
      Long ms = config.value() == null ? Long.valueOf(1) : milliseconds(config.value());
      if (ms != null) {
        set(ms != 0, Boolean.TRUE.equals(config.local()));
      }
    } else if (statement instanceof ParsedStatement.ResetVariable reset
        && (reset.name() == null || isLockTimeout(reset.name()))) {
      set(SERVER_DEFAULT, false);
    } else if (statement instanceof ParsedStatement.Opaque
        && statement.source().sql().strip().matches("(?is)discard\\s+all\\s*;?")) {
      set(SERVER_DEFAULT, false);
    }
  }

  private void set(boolean value, boolean isLocal) {
    if (isLocal) {
      if (open) {
        local = value;
      }
    } else {
      session = value;
      local = null;
    }
  }

  static boolean isLockTimeout(String name) {
    return name != null && name.toLowerCase(Locale.ROOT).equals("lock_timeout");
  }

  /**
   * The value in whole milliseconds, rounded as PostgreSQL rounds it; null for one it refuses
   * (negative, or an unknown unit), which changes nothing.
   */
  static Long milliseconds(String value) {
    Matcher m = VALUE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    double factor =
        switch (m.group(2)) {
          case "", "ms" -> 1;
          case "us" -> 0.001;
          case "s" -> 1_000;
          case "min" -> 60_000;
          case "h" -> 3_600_000;
          case "d" -> 86_400_000;
          default -> -1;
        };
    if (factor < 0) {
      return null;
    }
    double ms = Math.rint(Double.parseDouble(m.group(1)) * factor);
    return ms < 0 || ms > Integer.MAX_VALUE ? null : (long) ms;
  }

  /** Whether a lock_timeout value means "no timeout" (0 once rounded). */
  static boolean isZero(String value) {
    Long ms = milliseconds(value);
    return ms != null && ms == 0;
  }
}
