package dev.shale.cli;

import dev.shale.testing.TestPostgres.FreshDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * Application code that knows one column of a table: it inserts rows (ids from {@code firstId} up)
 * and updates rows, its own and those of a range of existing ids, writing that column and no other
 * (but {@code note} on insert), one autocommitted statement at a time. It remembers the last value
 * it wrote to every row.
 *
 * <p>Values are sent untyped ({@link Types#OTHER}), so that the server reads them as the column's
 * type, whatever that is at the time: the same writer works before and after a contract.
 */
final class ColumnWriter extends ConnectionLoop {
  private final String table;
  private final String column;
  private final long firstId;
  private final long existingFrom;
  private final long existingTo;
  private final IntFunction<String> values;
  private final boolean waitForColumn;
  private final Map<Long, String> written = new ConcurrentHashMap<>();
  private final List<Long> inserted = new ArrayList<>();
  private int round;

  /**
   * @param existingFrom the first of the existing ids it updates (0 with {@code existingTo} 0: only
   *     its own rows)
   * @param values the value written in round n
   * @param waitForColumn start once the column exists (committed), not before
   */
  ColumnWriter(
      String name,
      FreshDatabase db,
      String table,
      String column,
      long firstId,
      long existingFrom,
      long existingTo,
      IntFunction<String> values,
      boolean waitForColumn) {
    super(name, db);
    this.table = table;
    this.column = column;
    this.firstId = firstId;
    this.existingFrom = existingFrom;
    this.existingTo = existingTo;
    this.values = values;
    this.waitForColumn = waitForColumn;
  }

  @Override
  protected boolean ready(Connection c) throws SQLException {
    if (!waitForColumn) {
      return true;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ?"
                + " AND NOT attisdropped")) {
      st.setString(1, table);
      st.setString(2, column);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  protected void step(Connection c) throws SQLException {
    round++;
    String value = values.apply(round);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (round % 2 == 1 || inserted.isEmpty()) {
      long id = firstId + inserted.size();
      try (PreparedStatement st =
          c.prepareStatement(
              "INSERT INTO " + table + " (id, " + column + ", note) VALUES (?, ?, ?)")) {
        st.setLong(1, id);
        st.setObject(2, value, Types.OTHER);
        st.setString(3, name());
        st.executeUpdate();
      }
      inserted.add(id);
      written.put(id, value);
    } else {
      boolean existing = existingTo > 0 && random.nextBoolean();
      long id =
          existing
              ? random.nextLong(existingFrom, existingTo + 1)
              : inserted.get(random.nextInt(inserted.size()));
      try (PreparedStatement st =
          c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
        st.setObject(1, value, Types.OTHER);
        st.setLong(2, id);
        if (st.executeUpdate() != 1) {
          throw new SQLException("no row " + id + " in " + table + " to update");
        }
      }
      written.put(id, value);
    }
    pause(2);
  }

  /** The ids of the rows it wrote, and the last value it wrote to each. */
  Map<Long, String> written() {
    return Map.copyOf(written);
  }

  /** How many rows it inserted. */
  int insertedCount() {
    return inserted.size();
  }
}
