package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 10: policies pushed to a real database must compare equal afterwards. PostgreSQL stores a
 * policy's expressions as parse trees and prints them back its own way ({@code owner =
 * current_user} reads back as {@code (owner = CURRENT_USER)}), so a second push, {@code diff} and
 * drift checks must see the declared text as the server holds it, as they do for checks and views.
 */
class Review10PolicyPushTest {
  @TempDir Path dir;

  private static final String NOTES =
      """
        public static final Table NOTES =
            table(
                "notes",
                column("id", bigint()).primaryKey(),
                column("owner", text()).notNull(),
                rowLevelSecurity(),
                policy("own").to(%s).using("owner = current_user"));
      """;

  @Test
  void aPolicyPushedOnceIsNoChangeOnTheSecondPush() throws Exception {
    try (PushProject project = PushProject.in(dir)) {
      project.schema(NOTES.formatted("\"pg_monitor\""));
      assertThat(project.ok("push").out()).contains("Pushed");
      assertThat(project.ok("push").out()).startsWith("No changes").doesNotContain("ALTER POLICY");
    }
  }

  /**
   * The default shadow is a throwaway server where the application's roles do not exist; building a
   * policy to such a role there must not fail the push.
   */
  @Test
  void aPolicyToAnApplicationRoleComparesWithTheDefaultShadow() throws Exception {
    String role = "shale_review10_app";
    try (PushProject project = PushProject.in(dir)) {
      project
          .db()
          .apply(
              "DO $$ BEGIN CREATE ROLE "
                  + role
                  + "; EXCEPTION WHEN duplicate_object"
                  + " THEN NULL; END $$");
      project.schema(NOTES.formatted("\"" + role + "\""));
      assertThat(project.ok("push").out()).contains("Pushed");
      CliRun again = project.shale("push");
      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(again.out()).startsWith("No changes");
    }
  }

  /**
   * PUBLIC together with other roles: PostgreSQL warns "ignoring specified roles other than PUBLIC"
   * and keeps PUBLIC only, so the declared policy never matches the database. The schema should be
   * refused (or the roles reduced to PUBLIC) before anything runs.
   */
  @Test
  void publicWithOtherRolesIsRefusedBeforeItLoopsForever() throws Exception {
    try (PushProject project = PushProject.in(dir)) {
      project.schema(NOTES.formatted("\"public\", \"pg_monitor\""));
      CliRun first = project.shale("push");
      if (first.exitCode() == 0) {
        assertThat(project.ok("push").out()).as("the second push").startsWith("No changes");
      } else {
        assertThat(first.err()).containsIgnoringCase("public");
      }
    }
  }
}
