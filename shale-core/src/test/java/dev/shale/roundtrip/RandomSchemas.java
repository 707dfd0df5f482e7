package dev.shale.roundtrip;

import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.Random;

/**
 * The round-trip test's random schemas, for tests in other packages: for a seed, schema A as the
 * generator makes it and schema B after the generator's random edits, both as the real translator
 * builds them (the same pair {@link RoundTripPropertyTest} checks for that seed).
 */
public final class RandomSchemas {
  private RandomSchemas() {}

  /** {@code [A, B]} for this seed, generated for PostgreSQL {@code pgVersion}. */
  public static List<SchemaModel> pair(long seed, int pgVersion) {
    SpecGenerator gen = new SpecGenerator(new Random(seed), pgVersion);
    Spec a = gen.schema();
    Spec b = a.copy();
    new SpecMutator(gen, b).mutate(1 + gen.random.nextInt(4));
    return List.of(SpecToModel.model(a), SpecToModel.model(b));
  }
}
