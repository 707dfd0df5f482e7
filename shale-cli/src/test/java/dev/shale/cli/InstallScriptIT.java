package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.ProjectFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code install.sh} with its output piped to a file, as in a CI log, installing the jar that
 * {@code mvn verify} just packaged ({@code SHALE_JAR}, so that the test does not build it again)
 * into temporary folders.
 */
class InstallScriptIT {
  private static final Path ROOT = ProjectFiles.root();

  @TempDir Path dir;

  private int install(Map<String, String> env, Path log) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("bash", ROOT.resolve("install.sh").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().put("HOME", dir.resolve("home").toString());
    builder.environment().put("SHALE_HOME", dir.resolve("share").toString());
    builder.environment().put("SHALE_BIN", dir.resolve("bin").toString());
    Files.createDirectories(dir.resolve("completions"));
    builder.environment().put("SHALE_COMPLETIONS", dir.resolve("completions").toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("install.sh finished").isTrue();
    return process.exitValue();
  }

  @Test
  void outputToAFileIsPlainTextAndTheLauncherRuns() throws Exception {
    Path jar = Path.of("target", "shale.jar").toAbsolutePath();
    assertThat(jar).as("packaged by mvn verify before this test").exists();
    Path log = dir.resolve("install.log");

    int exit = install(Map.of("SHALE_JAR", jar.toString()), log);

    String output = Files.readString(log);
    assertThat(exit).as(output).isZero();
    assertThat(output).as("no colour codes").doesNotContain("\u001b").doesNotContain("[0m");
    assertThat(output)
        .contains("Installed shale into " + dir.resolve("bin"))
        .containsPattern("(?m)^shale \\S+$");
    Path launcher = dir.resolve("bin/shale");
    assertThat(Files.isExecutable(launcher)).isTrue();
    Process version =
        new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true).start();
    String printed = new String(version.getInputStream().readAllBytes());
    assertThat(version.waitFor()).as(printed).isZero();
    assertThat(printed).startsWith("shale ").doesNotContain("\u001b");

    Path completion = dir.resolve("completions/shale");
    assertThat(output).contains("Installed bash completion into " + completion);
    assertThat(CompletionCommandTest.complete(completion, "shale", "gen")).isEqualTo("generate");
  }

  @Test
  void aJarThatIsNotThereIsNamedAndNothingIsInstalled() throws Exception {
    Path log = dir.resolve("install.log");

    int exit = install(Map.of("SHALE_JAR", dir.resolve("nope.jar").toString()), log);

    String output = Files.readString(log);
    assertThat(exit).as(output).isEqualTo(1);
    assertThat(output).contains("SHALE_JAR=" + dir.resolve("nope.jar")).contains("is not a file");
    assertThat(dir.resolve("bin")).doesNotExist();
    assertThat(List.of(output.split("\n"))).hasSize(1);
  }
}
