package dev.shale.snapshot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One migration file as read from disk.
 *
 * @param name the file stem, {@code <stamp>_<name>}: the key of the history table
 * @param path where it was read from
 * @param sql its text, as written
 * @param checksum {@link #checksum(String)} of the text
 */
public record MigrationFile(String name, Path path, String sql, String checksum) {

  /** Name, path and checksum; not the SQL, which may be long. */
  @Override
  public String toString() {
    return "MigrationFile[name="
        + name
        + ", path="
        + path
        + ", checksum="
        + checksum.substring(0, Math.min(12, checksum.length()))
        + "…, "
        + sql.length()
        + " characters]";
  }

  /** A file read from {@code path} with text {@code sql}. */
  public static MigrationFile of(Path path, String sql) {
    return new MigrationFile(MigrationFolder.stem(path), path, sql, checksum(sql));
  }

  /**
   * The SHA-256 of {@code sql} without a leading byte-order mark and with line endings normalized
   * to {@code \n}, as lowercase hex: a checkout on Windows (CRLF) and one on Linux agree, and an
   * editor that adds a BOM changes nothing.
   */
  public static String checksum(String sql) {
    String text = sql.startsWith("\uFEFF") ? sql.substring(1) : sql;
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normalized.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
