package dev.shale.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.introspect.IntrospectionFilter;
import dev.shale.model.SchemaModel;
import dev.shale.testing.GoldenCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shadow's results are kept per schema, filter, version and Shale build, and only so. */
class ShadowCacheTest {
  @TempDir Path dir;

  @Test
  void anEntryIsReadBackForTheSameInputsAndMissedWhenAnyChanges() throws Exception {
    Path jar = Files.writeString(dir.resolve("shale.jar"), "a build");
    SchemaModel model = GoldenCase.load(GoldenCase.CASES.resolve("view_create")).after();
    SchemaModel other = GoldenCase.load(GoldenCase.CASES.resolve("view_create")).before();
    IntrospectionFilter filter = IntrospectionFilter.DEFAULT;

    ShadowCache entry = ShadowCache.of(jar, dir, model, filter, 14).orElseThrow();
    assertThat(entry.read()).isEmpty();
    entry.write(other);
    assertThat(ShadowCache.of(jar, dir, model, filter, 14).orElseThrow().read()).contains(other);

    assertThat(ShadowCache.of(jar, dir, other, filter, 14).orElseThrow().read()).isEmpty();
    assertThat(ShadowCache.of(jar, dir, model, filter, 15).orElseThrow().read()).isEmpty();
    assertThat(
            ShadowCache.of(
                    jar,
                    dir,
                    model,
                    new IntrospectionFilter(
                        java.util.List.of("public", "app"), java.util.List.of(), filter.history()),
                    14)
                .orElseThrow()
                .read())
        .isEmpty();
    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
    assertThat(ShadowCache.of(jar, dir, model, filter, 14).orElseThrow().read()).isEmpty();
  }

  @Test
  void withoutAJarNothingIsKept() {
    assertThat(ShadowCache.of(dir, dir, SchemaModel.EMPTY, IntrospectionFilter.DEFAULT, 14))
        .isEmpty();
  }
}
