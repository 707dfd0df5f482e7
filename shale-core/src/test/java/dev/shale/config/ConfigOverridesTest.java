package dev.shale.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigOverridesTest {
  @TempDir Path dir;

  @Test
  void settingsWinOverTheFileAndPathsResolveAgainstTheProject() throws Exception {
    Files.writeString(
        dir.resolve("shale.toml"),
        "schema = [\"db/*.java\"]\nmigrations = \"m\"\nschemas = [\"public\"]\npgVersion = 15\n");
    Config file = ConfigLoader.load(dir, null, Map.of());
    Map<String, String> set = new LinkedHashMap<>();
    set.put("migrations", "db/migrations");
    set.put("schemas", "public, billing");
    set.put("pgVersion", "17");
    set.put("safety", "simple");
    set.put("url", "embedded");

    Config c = ConfigOverrides.apply(file, set);

    assertThat(c.migrations()).isEqualTo(dir.resolve("db/migrations"));
    assertThat(c.snapshots()).isEqualTo(file.snapshots());
    assertThat(c.schema()).isEqualTo(List.of("db/*.java"));
    assertThat(c.schemas()).containsExactly("public", "billing");
    assertThat(c.pgVersion()).isEqualTo(17);
    assertThat(c.safety()).isEqualTo(Config.Safety.SIMPLE);
    assertThat(c.url()).isEqualTo("embedded");
  }

  @Test
  void withoutAFileTheSettingsAreTheConfig() {
    Config c =
        ConfigOverrides.apply(
            ConfigLoader.load(dir, null, Map.of()),
            Map.of("schema", "src/main/java/db/*.java", "snapshots", "db/snapshots"));
    assertThat(c.schema()).containsExactly("src/main/java/db/*.java");
    assertThat(
            ConfigOverrides.apply(c, Map.of("schema", "db/{Shop,Billing}.java, db/[a-c]*.java"))
                .schema())
        .containsExactly("db/{Shop,Billing}.java", "db/[a-c]*.java");
    assertThat(c.snapshots()).isEqualTo(dir.resolve("db/snapshots"));
    assertThat(c.migrations()).isEqualTo(dir.resolve("migrations"));
  }

  @Test
  void anUnknownKeyOrABadValueIsNamed() {
    Config c = ConfigLoader.load(dir, null, Map.of());
    assertThatThrownBy(() -> ConfigOverrides.apply(c, Map.of("failOn", "warning")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--set failOn")
        .hasMessageContaining("pgVersion");
    assertThatThrownBy(() -> ConfigOverrides.apply(c, Map.of("pgVersion", "fifteen")))
        .hasMessageContaining("--set pgVersion=fifteen");
    assertThatThrownBy(() -> ConfigOverrides.apply(c, Map.of("safety", "fast")))
        .hasMessageContaining("--set safety=fast");
    assertThatThrownBy(() -> ConfigOverrides.apply(c, Map.of("migrations", " ")))
        .hasMessageContaining("--set migrations=");
  }
}
