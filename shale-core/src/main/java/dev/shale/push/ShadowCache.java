package dev.shale.push;

import dev.shale.introspect.IntrospectionFilter;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What the embedded shadow made of a schema, kept on disk: {@code shale status} compares a database
 * with the same snapshot run after run, and the embedded server takes seconds to start. The key is
 * the schema, the filter, the target version and the Shale jar itself (its path and time), so a new
 * build, whose embedded server or reading may differ, starts afresh. Without a jar (classes on a
 * class path, as in tests) nothing is kept.
 */
final class ShadowCache {
  private final Path file;

  private ShadowCache(Path file) {
    this.file = file;
  }

  /** The cache entry for this round trip, or empty when Shale does not run from a jar. */
  static Optional<ShadowCache> of(SchemaModel model, IntrospectionFilter filter, int pgVersion) {
    try {
      Path jar =
          Path.of(ShadowCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return of(jar, base(), model, filter, pgVersion);
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /** The entry for a round trip by the Shale of {@code jar}, under {@code base}. */
  static Optional<ShadowCache> of(
      Path jar, Path base, SchemaModel model, IntrospectionFilter filter, int pgVersion) {
    if (!Files.isRegularFile(jar)) {
      return Optional.empty();
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String head =
          "shadow 1\n"
              + jar.toAbsolutePath()
              + "\n"
              + Files.getLastModifiedTime(jar).toMillis()
              + "\n"
              + pgVersion
              + "\n"
              + filter
              + "\n";
      digest.update(head.getBytes(StandardCharsets.UTF_8));
      digest.update(SnapshotJson.write(wrap(model)).getBytes(StandardCharsets.UTF_8));
      String key = HexFormat.of().formatHex(digest.digest());
      return Optional.of(new ShadowCache(base.resolve("shadow").resolve(key + ".json")));
    } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
      return Optional.empty();
    }
  }

  Optional<SchemaModel> read() {
    try {
      return Files.isRegularFile(file)
          ? Optional.of(SnapshotJson.read(file).schema())
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty(); // a damaged entry: build it again
    }
  }

  void write(SchemaModel model) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), "shadow", ".tmp");
      Files.writeString(temporary, SnapshotJson.write(wrap(model)));
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // a cache that cannot be written only costs the next run the server start
    }
  }

  private static Snapshot wrap(SchemaModel model) {
    return new Snapshot(Snapshot.FORMAT, Snapshot.DIALECT, "shadow", Snapshot.ROOT_ID, model);
  }

  private static Path base() {
    String override = System.getProperty("shale.cache.dir", System.getenv("SHALE_CACHE_DIR"));
    return override != null && !override.isBlank()
        ? Path.of(override)
        : Path.of(System.getProperty("user.home"), ".cache", "shale");
  }
}
