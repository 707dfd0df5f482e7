package dev.shale.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/** Whether a connection in autocommit mode is inside a transaction a script opened itself. */
final class OpenTransaction {
  private OpenTransaction() {}

  static boolean isOpen(Connection c) throws SQLException {
    if (!c.isWrapperFor(BaseConnection.class)) {
      return false;
    }
    return c.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
  }
}
