package dev.shale.lint.trace;

import dev.shale.sql.LockMode;
import dev.shale.sql.parse.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The catalog reads of the trace: relations by name, a backend's locks, scan counters. */
final class Catalog {
  private Catalog() {}

  /** A user relation at one moment: its OID and storage, its table for an index. */
  record Rel(long oid, QualifiedName name, char kind, long relfilenode, QualifiedName table) {}

  /** The relations of user schemas by name, and by OID. */
  record Relations(Map<QualifiedName, Rel> byName, Map<Long, Rel> byOid) {
    static Relations of(List<Rel> rels) {
      Map<QualifiedName, Rel> byName = new HashMap<>();
      Map<Long, Rel> byOid = new HashMap<>();
      for (Rel r : rels) {
        byName.put(r.name(), r);
        byOid.put(r.oid(), r);
      }
      return new Relations(byName, byOid);
    }
  }

  /**
   * What one backend saw in one round trip.
   *
   * @param lockTimeout whether a lock_timeout other than 0 was in force in the backend
   */
  record Snapshot(
      Relations relations,
      Map<Long, List<LockMode>> locks,
      Map<QualifiedName, Long> scans,
      boolean lockTimeout) {}

  private static final String LOCK_TIMEOUT =
      "SELECT pg_catalog.current_setting('lock_timeout') <> '0'";

  static final String USER_SCHEMA =
      "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE"
          + " 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

  static final String RELATIONS =
      "SELECT c.oid::bigint, n.nspname, c.relname, c.relkind, c.relfilenode::bigint, tn.nspname,"
          + " t.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid ="
          + " c.relnamespace LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid LEFT JOIN"
          + " pg_catalog.pg_class t ON t.oid = i.indrelid LEFT JOIN pg_catalog.pg_namespace tn ON"
          + " tn.oid = t.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'i', 'I') AND "
          + USER_SCHEMA;

  static String locksQuery(String pid) {
    return "SELECT relation::bigint, mode FROM pg_catalog.pg_locks WHERE pid = "
        + pid
        + " AND locktype = 'relation' AND database = (SELECT oid FROM pg_catalog.pg_database"
        + " WHERE datname = current_database())";
  }

  /** Sequential scans counted in the open transaction so far. */
  static final String XACT_SCANS =
      "SELECT schemaname, relname, seq_scan FROM pg_catalog.pg_stat_xact_user_tables";

  /** Sequential scans counted by the server (flushed statistics). */
  static final String SCANS =
      "SELECT schemaname, relname, seq_scan FROM pg_catalog.pg_stat_user_tables";

  /** Relations, own locks and the transaction's scan counters, in one round trip. */
  static Snapshot inTransaction(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          RELATIONS
              + "; "
              + locksQuery("pg_backend_pid()")
              + "; "
              + XACT_SCANS
              + "; "
              + LOCK_TIMEOUT);
      Relations relations;
      try (ResultSet rs = st.getResultSet()) {
        relations = relations(rs);
      }
      st.getMoreResults();
      Map<Long, List<LockMode>> locks;
      try (ResultSet rs = st.getResultSet()) {
        locks = locks(rs);
      }
      st.getMoreResults();
      Map<QualifiedName, Long> scans;
      try (ResultSet rs = st.getResultSet()) {
        scans = scans(rs);
      }
      st.getMoreResults();
      try (ResultSet rs = st.getResultSet()) {
        rs.next();
        return new Snapshot(relations, locks, scans, rs.getBoolean(1));
      }
    }
  }

  /**
   * Relations and the server's scan counters, read in autocommit after the backend's own pending
   * statistics were flushed (PostgreSQL 15+: {@code pg_stat_force_next_flush}); before 15, scans
   * are not read (empty).
   */
  static Snapshot autocommit(Connection c, int serverVersion) throws SQLException {
    try (Statement st = c.createStatement()) {
      Map<QualifiedName, Long> scans = Map.of();
      if (serverVersion >= 15) {
        // the flush happens when the backend goes idle after this query
        st.execute("SELECT pg_catalog.pg_stat_force_next_flush()");
        st.execute("SELECT pg_catalog.pg_stat_clear_snapshot()");
        try (ResultSet rs = st.executeQuery(SCANS)) {
          scans = scans(rs);
        }
      }
      boolean lockTimeout;
      try (ResultSet rs = st.executeQuery(LOCK_TIMEOUT)) {
        rs.next();
        lockTimeout = rs.getBoolean(1);
      }
      try (ResultSet rs = st.executeQuery(RELATIONS)) {
        return new Snapshot(relations(rs), Map.of(), scans, lockTimeout);
      }
    }
  }

  static Relations relations(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(RELATIONS)) {
      return relations(rs);
    }
  }

  private static Relations relations(ResultSet rs) throws SQLException {
    List<Rel> rels = new java.util.ArrayList<>();
    while (rs.next()) {
      QualifiedName name = new QualifiedName(rs.getString(2), rs.getString(3));
      String tableSchema = rs.getString(6);
      QualifiedName table =
          tableSchema == null ? name : new QualifiedName(tableSchema, rs.getString(7));
      rels.add(new Rel(rs.getLong(1), name, rs.getString(4).charAt(0), rs.getLong(5), table));
    }
    return Relations.of(rels);
  }

  static Map<Long, List<LockMode>> locks(ResultSet rs) throws SQLException {
    Map<Long, List<LockMode>> locks = new HashMap<>();
    while (rs.next()) {
      LockMode mode = mode(rs.getString(2));
      if (mode != null) {
        locks.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(mode);
      }
    }
    return locks;
  }

  private static Map<QualifiedName, Long> scans(ResultSet rs) throws SQLException {
    Map<QualifiedName, Long> scans = new HashMap<>();
    while (rs.next()) {
      scans.put(new QualifiedName(rs.getString(1), rs.getString(2)), rs.getLong(3));
    }
    return scans;
  }

  /** {@code AccessExclusiveLock} → {@link LockMode#ACCESS_EXCLUSIVE}; null for other names. */
  static LockMode mode(String pgMode) {
    return switch (pgMode) {
      case "AccessShareLock" -> LockMode.ACCESS_SHARE;
      case "RowShareLock" -> LockMode.ROW_SHARE;
      case "RowExclusiveLock" -> LockMode.ROW_EXCLUSIVE;
      case "ShareUpdateExclusiveLock" -> LockMode.SHARE_UPDATE_EXCLUSIVE;
      case "ShareLock" -> LockMode.SHARE;
      case "ShareRowExclusiveLock" -> LockMode.SHARE_ROW_EXCLUSIVE;
      case "ExclusiveLock" -> LockMode.EXCLUSIVE;
      case "AccessExclusiveLock" -> LockMode.ACCESS_EXCLUSIVE;
      default -> null;
    };
  }

  static LockMode stronger(LockMode a, LockMode b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }
}
