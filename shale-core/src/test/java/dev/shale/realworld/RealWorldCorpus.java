package dev.shale.realworld;

import dev.shale.testing.ProjectFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The corpus of real public PostgreSQL schemas under {@code src/test/resources/realworld/}: one
 * folder per schema, holding {@code schema.sql} (or {@code schema.sql.gz}), optionally {@code
 * prelude.sql} (roles, schemas and extensions the schema expects the server to have), {@code
 * SOURCE.md} (where it comes from, its licence and every edit) and {@code counts.properties} (what
 * {@link #countsQuery()} measures once it is loaded).
 *
 * <p>To load an entry, run {@link Entry#prelude()} and then {@link Entry#schema()} on the same
 * connection (a prelude may set the session's {@code search_path}). Some schemas hold {@code
 * COMMIT} between the migrations they were made of: run them as one script (one {@code
 * Statement.execute}), not in a single explicit transaction.
 */
public final class RealWorldCorpus {

  /** The class path folder of the corpus. */
  public static final String RESOURCE_DIR = "realworld";

  private RealWorldCorpus() {}

  /** One corpus folder. */
  public record Entry(String name, Path dir) {

    /** The schema's DDL, from {@code schema.sql} or, if that is absent, {@code schema.sql.gz}. */
    public String schema() {
      Path plain = dir.resolve("schema.sql");
      if (Files.isRegularFile(plain)) {
        return read(plain);
      }
      Path gz = dir.resolve("schema.sql.gz");
      if (Files.isRegularFile(gz)) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + gz, e);
        }
      }
      throw new IllegalStateException(dir + " holds neither schema.sql nor schema.sql.gz");
    }

    /** The prelude's SQL, or empty when the schema loads on a bare server as it is. */
    public Optional<String> prelude() {
      Path p = dir.resolve("prelude.sql");
      return Files.isRegularFile(p) ? Optional.of(read(p)) : Optional.empty();
    }

    /**
     * The expected catalog counts ({@code counts.properties} without the {@code pg.*} keys), in the
     * file's order.
     */
    public Map<String, Long> expectedCounts() {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String line : read(dir.resolve("counts.properties")).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#") || l.startsWith("pg.")) {
          continue;
        }
        int eq = l.indexOf('=');
        if (eq < 0) {
          throw new IllegalStateException(dir + "/counts.properties: not key=value: " + l);
        }
        counts.put(l.substring(0, eq).strip(), Long.parseLong(l.substring(eq + 1).strip()));
      }
      return counts;
    }

    /** The oldest PostgreSQL major version the schema loads on ({@code pg.min}, default 14). */
    public int minPgVersion() {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(dir.resolve("counts.properties"))) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Integer.parseInt(p.getProperty("pg.min", "14").strip());
    }

    /** The folder name, which is how tests name the entry. */
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every corpus folder, sorted by name. */
  public static List<Entry> entries() {
    Path root = root();
    try (Stream<Path> dirs = Files.list(root)) {
      List<Entry> entries = new ArrayList<>();
      dirs.filter(Files::isDirectory)
          .sorted()
          .forEach(d -> entries.add(new Entry(d.getFileName().toString(), d)));
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /** The entry named {@code name}. */
  public static Entry entry(String name) {
    return entries().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no corpus entry " + name));
  }

  /**
   * The catalog query behind every {@code counts.properties}: rows of (kind text, n bigint), the
   * same kinds in the same order whatever the database.
   */
  public static String countsQuery() {
    return read(root().resolve("catalog-counts.sql"));
  }

  /** The corpus folder, in shale-core's test resources (also for other modules' tests). */
  public static Path root() {
    return ProjectFiles.testResources(RESOURCE_DIR);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
