package dev.shale.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One catalog query, kept as a {@code .sql} resource next to this class: every {@code ?} is the
 * list of chosen schemas, and {@code {{name}}} placeholders are filled per server version.
 */
final class CatalogQuery {
  /** Reads one row of a result. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private final String resource;
  private final String sql;

  private CatalogQuery(String resource, String sql) {
    this.resource = resource;
    this.sql = sql;
  }

  static CatalogQuery load(String resource, Map<String, String> placeholders) {
    String text;
    try (InputStream in = CatalogQuery.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Map.Entry<String, String> p : placeholders.entrySet()) {
      text = text.replace("{{" + p.getKey() + "}}", p.getValue());
    }
    return new CatalogQuery(resource, text);
  }

  <T> List<T> rows(Connection c, List<String> schemas, RowReader<T> reader) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      Array names = c.createArrayOf("text", schemas.toArray());
      int parameters = st.getParameterMetaData().getParameterCount();
      for (int i = 1; i <= parameters; i++) {
        st.setArray(i, names);
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          rows.add(reader.read(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new SQLException(resource + ": " + e.getMessage(), e.getSQLState(), e);
    }
  }

  /** A text[] column as a list (null elements kept, a null array empty). */
  static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    return Arrays.stream(values).map(v -> v == null ? null : v.toString()).toList();
  }

  /** An int[] or boolean[] column as a list of its elements. */
  static List<Object> values(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    return array == null ? List.of() : Arrays.asList((Object[]) array.getArray());
  }

  /** A nullable bigint column. */
  static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}
