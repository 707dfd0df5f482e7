package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DockerServer;
import dev.shale.testing.ProjectFiles;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker://IMAGE/TAG} URLs: a PostgreSQL container through Testcontainers where a Docker
 * engine answers; where none does, a clear error that names {@code --url embedded}.
 */
class DockerUrlTest {
  private static final Optional<String> UNAVAILABLE = DockerServer.unavailable("postgres:16");

  @Test
  void migrateRunsOnAContainerOrSaysToUseEmbedded() {
    CliRun run =
        CliRun.raw(
            "-C", ProjectFiles.root().toString(), "migrate", "--url", "docker://postgres/16");
    if (UNAVAILABLE.isPresent()) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.err())
          .contains(UNAVAILABLE.get(), "postgres:16", "--url embedded")
          .doesNotContain("Exception");
    } else {
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out() + run.err()).contains("postgres:16 container");
    }
  }

  @Test
  void aShadowUrlOfThatFormIsTheSame(@TempDir Path dir) throws Exception {
    try (PushProject project = PushProject.in(dir)) {
      project.pushed(
          "public static final Table T = table(\"t\", column(\"qty\", integer()).check(\"qty>0\"));",
          "");
      // the check's text, which the server rewrites, changes on both sides: push needs the shadow
      project.schema(
          "public static final Table T = table(\"t\", column(\"qty\", integer()).check(\"qty>1\"));");
      CliRun run = project.shale("push", "--shadow-url", "docker://postgres/16");
      if (UNAVAILABLE.isPresent()) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("postgres:16", "--url embedded");
      } else {
        assertThat(run.exitCode()).as(run.toString()).isZero();
      }
    }
  }
}
