package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** shale completion prints a script that bash sources and that completes every command. */
class CompletionCommandTest {
  @TempDir Path dir;

  @Test
  void theScriptCompletesCommandsAndTheirOptionsInBash() throws Exception {
    CliRun run = CliRun.raw("completion");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    Path script = Files.writeString(dir.resolve("shale.bash"), run.out());

    assertThat(complete(script, "shale", "")).contains("init", "generate", "migrate", "check");
    assertThat(complete(script, "shale", "migrate", "--retry-f")).isEqualTo("--retry-failed");
  }

  /** What bash completes for the last of {@code words}, with the script sourced. */
  static String complete(Path script, String... words) throws Exception {
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append('"').append(word).append("\" ");
    }
    Process bash =
        new ProcessBuilder(
                "bash",
                "-c",
                "source \"$1\" && compopt() { :; } && COMP_WORDS=("
                    + array
                    + ") && COMP_CWORD="
                    + (words.length - 1)
                    + " && _complete_shale && echo \"${COMPREPLY[*]}\"",
                "bash",
                script.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(bash.getInputStream().readAllBytes());
    assertThat(bash.waitFor()).as(out).isZero();
    return out.strip();
  }
}
