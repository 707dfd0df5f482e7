package dev.shale.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntrospectionFilterTest {
  @Test
  void defaultsArePublicEveryTableAndShaleMigrations() {
    IntrospectionFilter f = IntrospectionFilter.DEFAULT;
    assertThat(f.includesSchema("public")).isTrue();
    assertThat(f.includesSchema("app")).isFalse();
    assertThat(f.includesTable("public", "anything")).isTrue();
    assertThat(f.includesTable("app", "anything")).isFalse();
    assertThat(
            new IntrospectionFilter(List.of("shale"), null, null)
                .includesTable("shale", "migrations"))
        .isFalse();
  }

  @Test
  void globsMatchTheNameOrTheQualifiedNameWhenThePatternHasADot() {
    IntrospectionFilter f =
        new IntrospectionFilter(List.of("public", "app"), List.of("user?", "app.order*"), null);
    assertThat(f.includesTable("public", "users")).isTrue();
    assertThat(f.includesTable("app", "users")).isTrue();
    assertThat(f.includesTable("public", "user")).isFalse();
    assertThat(f.includesTable("app", "orders")).isTrue();
    assertThat(f.includesTable("public", "orders")).isFalse();
  }

  @Test
  void anExclamationMarkExcludesEvenWhatAnotherPatternIncludes() {
    IntrospectionFilter f =
        new IntrospectionFilter(
            List.of("*", "!pg_temp*"), List.of("*", "!*_archive", "!app.tmp"), null);
    assertThat(f.includesSchema("billing")).isTrue();
    assertThat(f.includesSchema("pg_temp_3")).isFalse();
    assertThat(f.includesTable("public", "orders_archive")).isFalse();
    assertThat(f.includesTable("app", "tmp")).isFalse();
    assertThat(f.includesTable("public", "tmp")).isTrue();
    IntrospectionFilter onlyExclusions = new IntrospectionFilter(null, List.of("!audit"), null);
    assertThat(onlyExclusions.includesTable("public", "users")).isTrue();
    assertThat(onlyExclusions.includesTable("public", "audit")).isFalse();
  }

  @Test
  void globCharactersOtherThanStarAndQuestionMarkAreLiteral() {
    IntrospectionFilter f = new IntrospectionFilter(null, List.of("a+b", "[x]"), null);
    assertThat(f.includesTable("public", "a+b")).isTrue();
    assertThat(f.includesTable("public", "aab")).isFalse();
    assertThat(f.includesTable("public", "[x]")).isTrue();
    assertThat(f.includesTable("public", "x")).isFalse();
  }

  @Test
  void theHistoryTableMayBeNamedWithoutASchema() {
    IntrospectionFilter f = new IntrospectionFilter(null, null, "schema_history");
    assertThat(f.includesTable("public", "schema_history")).isFalse();
    assertThat(f.includesTable("public", "migrations")).isTrue();
  }
}
