package dev.shale.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plain spelling of server-printed text; the server's own view is in the other tests. */
class ServerTextTest {
  private static final ServerText.Context TABLE =
      new ServerText.Context(Set.of("email", "role"), Set.of("mood", "app.status"));

  @Test
  void castsTheParserAddsBackAreTakenOff() {
    assertThat(ServerText.expression("role::text <> 'admin'::text", TABLE))
        .isEqualTo("role <> 'admin'");
    assertThat(ServerText.expression("lower(email::text) = ''::text", TABLE))
        .isEqualTo("lower(email) = ''");
    assertThat(ServerText.expression("price >= 0::numeric", TABLE)).isEqualTo("price >= 0");
    assertThat(ServerText.expression("m = 'ok'::mood AND s <> 'x'::app.status", TABLE))
        .isEqualTo("m = 'ok' AND s <> 'x'");
    assertThat(ServerText.columnDefault("'-1'::integer", TABLE, null)).isEqualTo("-1");
    assertThat(ServerText.columnDefault("'5000000000'::bigint", TABLE, null))
        .isEqualTo("5000000000");
    assertThat(ServerText.columnDefault("'meh'::mood", TABLE, "mood")).isEqualTo("'meh'");
  }

  @Test
  void castsThatMeanSomethingStay() {
    assertThat(ServerText.columnDefault("'{}'::jsonb", TABLE, null)).isEqualTo("'{}'::jsonb");
    assertThat(ServerText.columnDefault("'{ok}'::mood[]", TABLE, null)).isEqualTo("'{ok}'::mood[]");
    assertThat(ServerText.columnDefault("'a'::character varying(5)", TABLE, null))
        .isEqualTo("'a'::character varying(5)");
    assertThat(ServerText.expression("1::numeric / 3", TABLE)).isEqualTo("1::numeric / 3");
    assertThat(ServerText.expression("name::text = 'x'::text", TABLE))
        .as("a column not known as varchar (char(n) compares otherwise)")
        .isEqualTo("name::text = 'x'");
    assertThat(ServerText.columnDefault("'-1'::integer::text", TABLE, null))
        .isEqualTo("'-1'::integer::text");
    assertThat(ServerText.columnDefault("('now'::text)::date", TABLE, null))
        .as("a text cast evaluated on each insert, not a date constant fixed when created")
        .isEqualTo("('now'::text)::date");
    assertThat(ServerText.columnDefault("'now'::text::date", TABLE, null))
        .isEqualTo("'now'::text::date");
    assertThat(ServerText.columnDefault("'x'::mood", TABLE, null)).isEqualTo("'x'::mood");
  }

  @Test
  void anyOfAnArrayIsAnInList() {
    assertThat(ServerText.expression("s = ANY (ARRAY['a'::text, 'b'::text])", TABLE))
        .isEqualTo("s IN ('a', 'b')");
    assertThat(ServerText.expression("m <> ALL (ARRAY['ok'::mood, 'meh'::mood])", TABLE))
        .isEqualTo("m NOT IN ('ok', 'meh')");
    assertThat(ServerText.expression("s = ANY (ARRAY['a'::text])", TABLE))
        .isEqualTo("s = ANY (ARRAY['a'])");
  }

  @Test
  void layoutParenthesesAndCase() {
    assertThat(ServerText.expression("(a * 2)", TABLE)).isEqualTo("a * 2");
    assertThat(ServerText.expression("(a + 1) * (b + 1)", TABLE)).isEqualTo("(a + 1) * (b + 1)");
    assertThat(ServerText.indexKey("(j ->> 'source'::text)", TABLE)).isEqualTo("(j ->> 'source')");
    assertThat(ServerText.expression("COALESCE(bio, ''::text)", TABLE))
        .isEqualTo("coalesce(bio, '')");
    assertThat(ServerText.expression("'it''s  two  spaces'::text", TABLE))
        .isEqualTo("'it''s  two  spaces'");
  }

  @Test
  void viewsLoseTheirLayoutAndTheQualifierOfTheirOneRelation() {
    assertThat(
            ServerText.viewQuery(
                " SELECT t.c1,\n    t.c2\n   FROM app.t\n  WHERE t.n > 0 AND t.s = 'x'::text;",
                TABLE))
        .isEqualTo("SELECT c1, c2 FROM app.t WHERE n > 0 AND s = 'x'");
    assertThat(
            ServerText.viewQuery(
                " SELECT u.id,\n    o.id AS o\n   FROM u\n     JOIN o ON o.u = u.id;", TABLE))
        .isEqualTo("SELECT u.id, o.id AS o FROM u JOIN o ON o.u = u.id");
    // In a subquery the outer relation's qualifier is what tells its id from the subquery's.
    assertThat(
            ServerText.viewQuery(
                " SELECT id,\n    ( SELECT count(*) AS count\n           FROM public.b\n"
                    + "          WHERE (b.a_id = a.id)) AS n\n   FROM public.a;",
                TABLE))
        .isEqualTo(
            "SELECT id, ( SELECT count(*) AS count FROM public.b WHERE (b.a_id = a.id)) AS n"
                + " FROM public.a");
  }
}
