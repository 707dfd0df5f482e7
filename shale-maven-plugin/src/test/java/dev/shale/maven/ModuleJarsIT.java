package dev.shale.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Every module's jar holds its own packages only: no dependency's classes shaded in, and no package
 * of another module. (The launcher's {@code shale-cli/target/shale.jar} is the one jar that bundles
 * everything, and is not a Maven artifact.) This module is the last of the build, so the other
 * modules' jars are packaged when it runs.
 */
class ModuleJarsIT {
  private static final Map<String, String> OWN_PACKAGES =
      Map.of(
          "shale-schema", "dev/shale/schema/",
          "shale-core",
              "dev/shale/(Shale\\b|(?!schema/|cli/|maven/|junit/|spring/|studio/)[a-z]+/)",
          "shale-junit", "dev/shale/junit/",
          "shale-studio", "dev/shale/studio/",
          "shale-cli", "dev/shale/cli/",
          "shale-spring-boot", "dev/shale/spring/",
          "shale-maven-plugin", "dev/shale/maven/");

  @Test
  void eachModuleJarHoldsOnlyItsOwnPackages() throws Exception {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> modules = modules(root.resolve("pom.xml"));
    assertThat(OWN_PACKAGES.keySet())
        .as("every module of the build has its packages listed here")
        .containsExactlyInAnyOrderElementsOf(modules);
    String version = System.getProperty("shale.version");
    for (String module : modules) {
      Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
      assertThat(jar).as("packaged before this test").exists();
      Pattern own = Pattern.compile("(" + OWN_PACKAGES.get(module) + ").*");
      List<String> foreign = new ArrayList<>();
      int classes = 0;
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
          String name = e.nextElement().getName();
          if (name.endsWith("/") || name.startsWith("META-INF/")) {
            continue;
          }
          if (name.endsWith(".class")) {
            classes++;
          }
          if (!own.matcher(name).matches()) {
            foreign.add(name);
          }
        }
      }
      assertThat(classes).as(module + " has classes").isPositive();
      assertThat(foreign).as(module + ": entries outside its own packages").isEmpty();
    }
  }

  private static List<String> modules(Path pom) throws Exception {
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(pom));
    List<String> modules = new ArrayList<>();
    while (m.find()) {
      modules.add(m.group(1));
    }
    return modules;
  }
}
