package dev.shale.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.SchemaModel;
import dev.shale.roundtrip.RandomSchemas;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The name simulation decides exactly what its straightforward version (DefaultNamesReference:
 * every round renames every table, parts hashed by value) decides, on random and hostile schemas.
 */
class DefaultNamesTest {
  @Property(tries = 200)
  void randomSchemasGetTheReferenceDecision(@ForAll long seed) {
    for (SchemaModel model : RandomSchemas.pair(seed, 17)) {
      assertSameDecision(model);
    }
  }

  @Property(tries = 200)
  void hostileSchemasGetTheReferenceDecision(@ForAll long seed) {
    assertSameDecision(HostileSchemas.model(seed));
  }

  private static void assertSameDecision(SchemaModel model) {
    Set<Object> expected = DefaultNamesReference.explicit(model);
    Set<Object> actual = DefaultNames.explicit(model);
    assertThat(new HashSet<>(actual)).isEqualTo(expected);
    assertThat(actual).hasSameSizeAs(expected);
    for (Object part : expected) {
      assertThat(actual.contains(part)).as("contains %s", part).isTrue();
    }
  }
}
