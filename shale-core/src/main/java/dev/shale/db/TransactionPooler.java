package dev.shale.db;

import java.util.Locale;
import java.util.Optional;

/**
 * Connection poolers in transaction mode (PgBouncer with {@code pool_mode = transaction},
 * Supabase's pooler on port 6543, Neon's {@code -pooler} hosts) hand each transaction to any server
 * session: a session-level advisory lock, a {@code SET}, or a no-transaction migration's statements
 * then land on different sessions. {@code migrate} needs one session from start to end, so it
 * refuses such a URL, naming the direct one, before it connects; a pooler that its address does not
 * betray is caught when the session changes under the lock connection ({@link AdvisoryLock}).
 */
public final class TransactionPooler {
  static final String WHY =
      " gives each transaction to any server session, so the migration lock (a session-level"
          + " advisory lock), session settings and no-transaction migrations would not hold";

  private TransactionPooler() {}

  /**
   * Why {@code url}'s address is a pooler in transaction mode and which URL to use instead; empty
   * when it does not look like one.
   */
  public static Optional<String> byAddress(DatabaseUrl url) {
    if (url.embedded()) {
      return Optional.empty();
    }
    for (String hostPort : url.address().split(",")) {
      String host = hostPort.toLowerCase(Locale.ROOT);
      String port = "5432";
      int colon = host.lastIndexOf(':');
      if (colon > 0 && !host.endsWith("]")) {
        port = host.substring(colon + 1);
        host = host.substring(0, colon);
      }
      if (host.endsWith(".pooler.supabase.com") && port.equals("6543")) {
        return Optional.of(
            "Supabase's pooler on port 6543 (transaction mode)"
                + WHY
                + ". Use the pooler's session mode (the same host on port 5432) or the direct"
                + " connection (db.<project-ref>.supabase.co:5432, under Connect in the Supabase"
                + " dashboard)");
      }
      if (host.endsWith(".neon.tech") && host.contains("-pooler.")) {
        return Optional.of(
            "Neon's pooled endpoint ("
                + host
                + ")"
                + WHY
                + ". Use the direct endpoint: "
                + host.replace("-pooler.", ".")
                + (port.equals("5432") ? "" : ":" + port));
      }
    }
    return Optional.empty();
  }

  /** The message when the server session changed between two statements on one connection. */
  static String sessionChanged(int before, int after) {
    return "the server session changed between two statements on one connection (backend pid "
        + before
        + ", then "
        + after
        + "): the URL goes through a connection pooler in transaction mode (PgBouncer with"
        + " pool_mode = transaction, say), which"
        + WHY
        + ". Use a direct connection to PostgreSQL, or a pooler in session mode";
  }
}
