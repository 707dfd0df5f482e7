package dev.shale.loader;

import dev.shale.schema.Pg;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiled schema classes kept on disk under the hash of their sources and of Shale's DSL, so an
 * unchanged schema is not compiled again. A damaged cache entry is ignored and rewritten.
 */
final class CompileCache {
  private static final int FORMAT = 1;
  private final Path directory;

  CompileCache(Path directory) {
    this.directory = directory;
  }

  /**
   * The default place: the {@code shale.cache.dir} system property, else {@code $SHALE_CACHE_DIR},
   * else {@code ~/.cache/shale/classes}.
   */
  static CompileCache atDefaultLocation() {
    String override = System.getProperty("shale.cache.dir", System.getenv("SHALE_CACHE_DIR"));
    Path base =
        override != null && !override.isBlank()
            ? Path.of(override)
            : Path.of(System.getProperty("user.home"), ".cache", "shale");
    return new CompileCache(base.resolve("classes"));
  }

  static String key(List<Path> sources, String classpath) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      update(digest, "format " + FORMAT + "\n" + classpath + "\n");
      digest.update(dslFingerprint());
      for (Path source : sources) {
        update(digest, "\n" + source.toAbsolutePath().normalize() + "\n");
        digest.update(Files.readAllBytes(source));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new SchemaLoadException("cannot read schema source: " + e.getMessage(), List.of());
    }
  }

  Optional<CompiledClasses> read(String key) {
    Path file = directory.resolve(key + ".bin");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      if (in.readInt() != FORMAT) {
        return Optional.empty();
      }
      int count = in.readInt();
      Map<String, byte[]> classes = new HashMap<>();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        classes.put(name, bytes);
      }
      return Optional.of(new CompiledClasses(classes));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void write(String key, CompiledClasses classes) {
    try {
      Files.createDirectories(directory);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeInt(FORMAT);
        out.writeInt(classes.bytecode().size());
        for (Map.Entry<String, byte[]> entry : classes.bytecode().entrySet()) {
          out.writeUTF(entry.getKey());
          out.writeInt(entry.getValue().length);
          out.write(entry.getValue());
        }
      }
      Path temp = Files.createTempFile(directory, key, ".tmp");
      Files.write(temp, bytes.toByteArray());
      Files.move(
          temp,
          directory.resolve(key + ".bin"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // A cache that cannot be written only costs a compile next time.
    }
  }

  private static byte[] dslFingerprint() {
    try (InputStream in = Pg.class.getResourceAsStream("Pg.class");
        InputStream column = Pg.class.getResourceAsStream("Column.class")) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      if (in != null) {
        in.transferTo(bytes);
      }
      if (column != null) {
        column.transferTo(bytes);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
  }
}
