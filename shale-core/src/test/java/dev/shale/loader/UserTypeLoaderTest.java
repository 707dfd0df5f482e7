package dev.shale.loader;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.model.ColumnType;
import dev.shale.model.InvalidSchemaException;
import dev.shale.model.SchemaModel;
import dev.shale.schema.PgComposite;
import dev.shale.schema.PgDomain;
import dev.shale.schema.PgEnum;
import dev.shale.schema.PgFunction;
import dev.shale.schema.Table;
import dev.shale.schema.UserType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the loader makes of domains and composite types, and what it refuses. */
class UserTypeLoaderTest {

  static SchemaModel translate(Object... objects) {
    List<Declared<PgEnum>> enums = new ArrayList<>();
    List<Declared<Table>> tables = new ArrayList<>();
    List<Declared<PgFunction>> functions = new ArrayList<>();
    List<Declared<UserType>> types = new ArrayList<>();
    int n = 0;
    for (Object o : objects) {
      String origin = "Test.F" + n++;
      if (o instanceof PgEnum e) {
        enums.add(new Declared<>(e, origin));
      } else if (o instanceof UserType u) {
        types.add(new Declared<>(u, origin));
      } else if (o instanceof Table t) {
        tables.add(new Declared<>(t, origin));
      } else if (o instanceof PgFunction f) {
        functions.add(new Declared<>(f, origin));
      } else {
        throw new IllegalArgumentException(String.valueOf(o));
      }
    }
    return ModelTranslator.translate(
        new DeclaredObjects(
            List.of(), enums, List.of(), tables, List.of(), List.of(), functions, List.of(),
            types));
  }

  static List<String> problems(Object... objects) {
    try {
      translate(objects);
      return List.of();
    } catch (InvalidSchemaException e) {
      return e.problems();
    }
  }

  @Test
  void domainsAndCompositesAreColumnFieldAndArgumentTypes() {
    PgEnum currency = enumType("currency", "EUR");
    PgDomain amount =
        domain("amount", numeric(12, 2)).notNull().defaultTo(" 0 ").check("positive", "value >= 0");
    PgComposite price =
        compositeType("price").field("amount", amount).field("currency", currency.array());
    SchemaModel model =
        translate(
            currency,
            amount,
            price,
            table("t", column("a", amount), column("p", price), column("ps", price.array())),
            function("f").argument("p", price.type()).returns(integer()).language("sql").body("1"));
    assertThat(model.domains())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.baseType()).isEqualTo(ColumnType.builtin("numeric(12,2)"));
              assertThat(d.defaultExpression()).isEqualTo("0");
              assertThat(d.notNull()).isTrue();
              assertThat(d.checks().get(0).expression()).isEqualTo("VALUE >= 0");
            });
    assertThat(model.composites().get(0).fields().get(1).type())
        .isEqualTo(new ColumnType("public", "currency", 1));
    assertThat(model.tables().get(0).columns())
        .extracting(c -> c.type().toString())
        .containsExactly("public.amount", "public.price", "public.price[]");
    assertThat(model.routines().get(0).arguments().get(0).type()).isEqualTo("price");
  }

  @Test
  void problemsAreNamedClearly() {
    PgDomain undeclared = domain("undeclared", text());
    assertThat(problems(table("t", column("a", undeclared))))
        .singleElement()
        .asString()
        .contains("uses domain public.undeclared, which is not declared");
    assertThat(problems(domain("d", serial())))
        .singleElement()
        .asString()
        .contains("serial is a column shorthand, not a type");
    assertThat(problems(domain("d", text()), domain("d", integer())))
        .singleElement()
        .asString()
        .contains("domain public.d is declared twice");
    assertThat(problems(domain("d", text()), compositeType("d").field("a", text())))
        .singleElement()
        .asString()
        .contains("types share names");
    assertThat(problems(domain("d", integer()).check("positive", "amount > 0")))
        .singleElement()
        .asString()
        .contains("check positive (amount > 0) never reads VALUE");
    assertThat(problems(domain("d", text()).check("c", "'value' <> ''")))
        .singleElement()
        .asString()
        .contains("never reads VALUE");
    assertThat(problems(compositeType("empty")))
        .singleElement()
        .asString()
        .contains("composite type public.empty (Test.F0) has no fields");
    assertThat(problems(compositeType("c").field("a", text()).field("a", integer())))
        .singleElement()
        .asString()
        .contains("declares field a twice");
    assertThat(problems(table("t", column("id", integer())), compositeType("t").field("a", text())))
        .singleElement()
        .asString()
        .contains("takes the name of a table or view");
  }

  @Test
  void compositesThatContainThemselvesAreRefused() {
    PgComposite a = compositeType("a").field("x", integer());
    PgComposite b = compositeType("b").field("a", a);
    a.field("b", b.array());
    assertThat(problems(a, b))
        .singleElement()
        .asString()
        .contains("composite type public.a contains itself: public.a → public.b → public.a");
  }

  @Test
  void aCollationNeedsATypeThatHasOne() {
    PgDomain qty = domain("qty", integer());
    assertThat(problems(domain("code", integer()).collate("C")))
        .singleElement()
        .asString()
        .contains(
            "domain public.code (Test.F0) has collate(\"C\") over integer, which has no collation");
    assertThat(problems(qty, table("t", column("q", qty).collate("C"))))
        .singleElement()
        .asString()
        .contains("column q is of type public.qty, a domain over integer, which has no collation");
    PgComposite pair = compositeType("pair").field("a", text());
    assertThat(problems(pair, table("t", column("p", pair).collate("C"))))
        .singleElement()
        .asString()
        .contains("column p is of type public.pair, a composite type, which has no collation");
    PgEnum mood = enumType("mood", "ok");
    assertThat(problems(mood, table("t", column("m", mood.array()).collate("C"))))
        .singleElement()
        .asString()
        .contains("column m is of type public.mood[], an enum, which has no collation");
    PgDomain name = domain("name_", text());
    PgDomain code = domain("code", name).collate("C");
    assertThat(problems(name, code, table("t", column("c", code).collate("POSIX")))).isEmpty();
  }

  @Test
  void aColumnRepeatingItsDomainsCollationHasNoneOfItsOwn() {
    PgDomain code = domain("code", text()).collate("C");
    PgDomain shortCode = domain("short_code", code).check("len", "length(VALUE) < 4");
    SchemaModel model =
        translate(
            code,
            shortCode,
            table(
                "t",
                column("a", code).collate("C"),
                column("b", shortCode.array()).collate("C"),
                column("c", code).collate("POSIX"),
                column("d", code).collate("default"),
                column("e", text()).collate("default")));
    assertThat(model.tables().get(0).columns())
        .extracting(c -> String.valueOf(c.collation()))
        .containsExactly("null", "null", "pg_catalog.POSIX", "pg_catalog.default", "null");
    // A domain repeating its base domain's collation has none of its own either.
    assertThat(
            translate(code, domain("again", code).collate("C")).domains().stream()
                .map(d -> d.name().name() + "=" + d.collation())
                .toList())
        .containsExactlyInAnyOrder("code=C", "again=null");
  }
}
