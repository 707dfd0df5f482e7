package com.acme.db;

import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/**
 * The PostgreSQL schemas {@code auth}, {@code billing}, {@code public}, as Shale's Java DSL
 * (written by shale pull).
 */
public final class Database {
  public static final PgSchema AUTH = schema("auth");

  public static final PgSchema BILLING = schema("billing");

  public static final PgEnum CURRENCY = BILLING.enumType("currency", "EUR", "USD");

  public static final Table ACCOUNTS =
      AUTH.table(
          "accounts",
          column("id", uuid()).primaryKey().defaultRandomUuid(),
          column("email", text()).notNull().unique());

  public static final Table INVOICES =
      BILLING.table(
          "invoices",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("account_id", uuid()).notNull().references(() -> ACCOUNTS, "id"),
          column("currency", CURRENCY).notNull().defaultValue("EUR"));

  public static final Table PAYMENTS =
      table(
          "payments",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("invoice_id", bigint()).notNull().references(() -> INVOICES, "id"),
          column("currency", CURRENCY.array()));

  public static final PgView OPEN_INVOICES =
      BILLING.view("open_invoices", "SELECT id FROM billing.invoices");

  private Database() {}
}
