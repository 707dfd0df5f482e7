package dev.shale.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.SchemaModel;
import dev.shale.roundtrip.RandomSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * For every random model M, {@code load(codegen(M)).equals(M)}: the schemas of the round-trip
 * property test (each seed's schema A and its edited B), and hostile ones ({@link HostileSchemas}:
 * names, types, defaults and keys chosen to break a code generator), both as one class per schema
 * and as one named class in a package. Loaded by Shale's loader (its fast path, as {@code shale
 * generate} would); every tenth seed is also compiled with javac, as a user's build would. No
 * database. A failure names the seed; jqwik prints it too, and {@code @Property(seed = ...)}
 * replays it.
 */
class CodegenPropertyTest {
  private Path dir;

  @BeforeProperty
  void makeFolder() throws IOException {
    dir = Files.createTempDirectory("codegen-property");
    Reload.cacheInTarget();
  }

  @AfterProperty
  void removeFolder() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 300)
  void roundTripSchemasComeBackEqual(@ForAll long seed) {
    List<SchemaModel> pair = RandomSchemas.pair(seed, 17);
    check("round-trip schema A of seed " + seed, pair.get(0), CodegenOptions.defaults(), seed);
    check(
        "round-trip schema B of seed " + seed,
        pair.get(1),
        new CodegenOptions("com.example.db", "Database"),
        seed + 1);
  }

  @Property(tries = 300)
  void hostileSchemasComeBackEqual(@ForAll long seed) {
    SchemaModel model = HostileSchemas.model(seed);
    CodegenOptions options =
        Math.floorMod(seed, 2) == 0
            ? CodegenOptions.defaults()
            : new CodegenOptions("org.acme.schema", "Db");
    check("hostile schema of seed " + seed, model, options, seed);
  }

  private void check(String what, SchemaModel model, CodegenOptions options, long seed) {
    List<GeneratedSource> sources = JavaCodegen.generate(model, options);
    Path out;
    try {
      out = Files.createTempDirectory(dir, "seed");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String context =
        what + " (replay: @Property(seed = ...) with this seed)\n" + Reload.show(sources);
    assertThat(Reload.load(sources, out.resolve("fast"))).as(context).isEqualTo(model);
    if (Math.floorMod(seed, 10) == 0) {
      assertThat(Reload.compile(sources, out.resolve("javac"))).as(context).isEqualTo(model);
    }
  }
}
