package dev.shale.lint;

import dev.shale.sql.parse.ParsedStatement;
import java.util.Locale;

/**
 * The {@code lock_timeout} in force as a file runs, with PostgreSQL's semantics: {@code SET} lasts
 * for the session (undone if its transaction rolls back), {@code SET LOCAL} and {@code
 * set_config(…, true)} until the transaction ends (and do nothing outside one), {@code RESET} and
 * {@code SET … TO DEFAULT} go back to the default, {@code RESET ALL} resets everything.
 */
final class LockTimeoutState {
  private final boolean toolDefault;
  private boolean session;
  private boolean sessionAtStart;
  private Boolean local;

  LockTimeoutState(boolean toolDefault) {
    this.toolDefault = toolDefault;
    this.session = toolDefault;
    this.sessionAtStart = toolDefault;
  }

  boolean inForce() {
    return local != null ? local : session;
  }

  void transactionStarted() {
    sessionAtStart = session;
    local = null;
  }

  void transactionEnded(boolean committed) {
    if (!committed) {
      session = sessionAtStart;
    }
    local = null;
  }

  /** Takes in a statement that may set or reset lock_timeout. */
  void apply(ParsedStatement statement, boolean inTransaction) {
    if (statement instanceof ParsedStatement.SetVariable set && isLockTimeout(set.name())) {
      set(set.value() == null ? null : !isZero(set.value()), set.local(), inTransaction);
    } else if (statement instanceof ParsedStatement.SetConfig config
        && isLockTimeout(config.name())) {
      set(
          config.value() == null || !isZero(config.value()),
          Boolean.TRUE.equals(config.local()),
          inTransaction);
    } else if (statement instanceof ParsedStatement.ResetVariable reset
        && (reset.name() == null || isLockTimeout(reset.name()))) {
      set(null, false, inTransaction);
    }
  }

  /** {@code value} null resets to the default. */
  private void set(Boolean value, boolean isLocal, boolean inTransaction) {
    boolean v = value == null ? toolDefault : value;
    if (isLocal) {
      if (inTransaction) {
        local = v;
      }
    } else {
      session = v;
      local = null;
    }
  }

  static boolean isLockTimeout(String name) {
    return name != null && name.toLowerCase(Locale.ROOT).equals("lock_timeout");
  }

  /** Whether a lock_timeout value means "no timeout": 0 in any unit. */
  static boolean isZero(String value) {
    return value.strip().matches("(?i)0+(\\.0*)?\\s*[a-z]*");
  }
}
