package dev.shale.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.QualifiedName;
import org.junit.jupiter.api.Test;

/**
 * Renamed types, tables and schemas followed into expression and query text, as the server does.
 */
class ExpressionRenamesTest {
  private static final QualifiedName ROLE = new QualifiedName("public", "role");
  private static final QualifiedName USER_ROLE = new QualifiedName("public", "user_role");

  @Test
  void aTypeIsRenamedAfterACastAndInCastAsButNotInTextOrOtherNames() {
    assertThat(ExpressionRenames.renameType("role = 'admin'::role", ROLE, USER_ROLE))
        .isEqualTo("role = 'admin'::user_role");
    assertThat(ExpressionRenames.renameType("CAST('x' AS role) <> role", ROLE, USER_ROLE))
        .isEqualTo("CAST('x' AS user_role) <> role");
    assertThat(ExpressionRenames.renameType("'::role'::text || x::public.role", ROLE, USER_ROLE))
        .isEqualTo("'::role'::text || x::public.user_role");
    assertThat(ExpressionRenames.renameType("x::roles AND y::\"Role\"", ROLE, USER_ROLE))
        .isEqualTo("x::roles AND y::\"Role\"");
    assertThat(
            ExpressionRenames.renameType(
                "a::role[]", ROLE, new QualifiedName("billing", "user role")))
        .isEqualTo("a::billing.\"user role\"[]");
  }

  @Test
  void aTableIsRenamedWhereAQueryNamesItOrQualifiesAColumnWithIt() {
    QualifiedName orders = new QualifiedName("public", "orders");
    QualifiedName purchases = new QualifiedName("public", "purchases");
    assertThat(
            ExpressionRenames.renameRelation(
                "SELECT orders.id, o2.n FROM orders JOIN public.orders o2 ON true WHERE x = 'orders'",
                orders,
                purchases))
        .isEqualTo(
            "SELECT purchases.id, o2.n FROM purchases JOIN public.purchases o2 ON true WHERE x ="
                + " 'orders'");
    QualifiedName invoices = new QualifiedName("billing", "invoices");
    assertThat(
            ExpressionRenames.renameRelation(
                "SELECT * FROM billing.invoices, invoices",
                invoices,
                new QualifiedName("billing", "bills")))
        .isEqualTo("SELECT * FROM billing.bills, invoices");
  }

  @Test
  void aSchemaIsRenamedWhereItQualifiesAName() {
    assertThat(
            ExpressionRenames.renameSchema(
                "SELECT billing.f(x) FROM billing.invoices WHERE note <> 'billing.x'",
                "billing",
                "finance"))
        .isEqualTo("SELECT finance.f(x) FROM finance.invoices WHERE note <> 'billing.x'");
  }
}
