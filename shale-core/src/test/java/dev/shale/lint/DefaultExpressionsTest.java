package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultExpressionsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "'new'",
        "'new'::text",
        "'{}'::jsonb",
        "now()",
        "now() + interval '7 days'",
        "CURRENT_TIMESTAMP",
        "current_user",
        "true",
        "-1.5",
        "ARRAY[]::text[]",
        "'a' || 'b'",
        "pg_catalog.now()",
        "(0)::numeric(12, 2)",
        "'2020-01-01 00:00'::timestamp with time zone",
        "E'it''s'",
        "lower('X')",
        "CASE WHEN true THEN 1 ELSE 2 END"
      })
  void provesNotVolatile(String expression) {
    assertThat(DefaultExpressions.unprovenVolatile(expression)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "random()",
        "gen_random_uuid()",
        "public.uuid_generate_v4()",
        "uuid_generate_v4()",
        "clock_timestamp()",
        "timeofday()",
        "nextval('orders_id_seq'::regclass)",
        "(random() * 10)::int",
        "make_token()",
        "some_column"
      })
  void doesNotProve(String expression) {
    assertThat(DefaultExpressions.unprovenVolatile(expression)).isNotNull();
  }
}
