package dev.shale.db;

import dev.shale.sql.ScriptStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed run of a no-transaction migration left of its {@code DETACH PARTITION …
 * CONCURRENTLY} statements: a detach that completed (run again, PostgreSQL says the table "is not a
 * partition of" its parent), or one interrupted between its two transactions (the partition is left
 * "pending detach", and only {@code DETACH PARTITION … FINALIZE} completes it).
 */
final class PendingDetaches {
  private PendingDetaches() {}

  private static final String QUALIFIED = InvalidIndexes.QUALIFIED;

  /** The parent (group 1) and the partition (group 2) of a concurrent detach. */
  private static final Pattern DETACH =
      Pattern.compile(
          "^\\s*ALTER\\s+TABLE\\s+(?:ONLY\\s+)?("
              + QUALIFIED
              + ")\\s+DETACH\\s+PARTITION\\s+("
              + QUALIFIED
              + ")\\s+CONCURRENTLY\\s*;?\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** Whether the partition is attached to the parent, and whether its detach is pending. */
  private static final String STATE =
      "SELECT i.inhdetachpending FROM pg_catalog.pg_inherits i"
          + " WHERE i.inhrelid = pg_catalog.to_regclass(?)"
          + " AND i.inhparent = pg_catalog.to_regclass(?)";

  /**
   * Finishes the detaches a failed run left pending ({@code FINALIZE}, which takes the same locks
   * as the concurrent detach's second transaction) and says which statements are done already.
   *
   * @return the indexes (from 0) of the detach statements not to run again
   */
  static Set<Integer> settle(
      Connection connection, List<ScriptStatement> statements, Consumer<String> warn)
      throws SQLException {
    Set<Integer> done = new HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      Matcher m = DETACH.matcher(statements.get(i).sql());
      if (!m.find()) {
        continue;
      }
      String parent = m.group(1);
      String partition = m.group(2);
      Boolean pending;
      try (PreparedStatement st = connection.prepareStatement(STATE)) {
        st.setString(1, partition);
        st.setString(2, parent);
        try (ResultSet rs = st.executeQuery()) {
          pending = rs.next() ? rs.getBoolean(1) : null;
        }
      }
      if (pending == null) {
        done.add(i);
        warn.accept(
            partition + " is no longer a partition of " + parent + ": its detach is not run again");
      } else if (pending) {
        try (Statement st = connection.createStatement()) {
          st.execute("ALTER TABLE " + parent + " DETACH PARTITION " + partition + " FINALIZE");
        }
        done.add(i);
        warn.accept(
            "finished the detach of "
                + partition
                + " from "
                + parent
                + " that the failed run left pending (DETACH PARTITION … FINALIZE)");
      }
    }
    return done;
  }
}
