package dev.shale.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shale.diff.Change;
import dev.shale.diff.ColumnPair;
import dev.shale.diff.RenameAnswers;
import dev.shale.diff.SchemaDiff;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.PlanOptions;
import dev.shale.testing.CatalogFingerprint;
import dev.shale.testing.PlanApplier;
import dev.shale.testing.RowFiller;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Expand and contract of one replaced column, on a database holding rows: export(A), rows, the
 * expand plan (every step as migrate runs it, the backfill outside a transaction) leave the catalog
 * of export(target) and a database that introspects to the target (the pair read back from its
 * trigger's arguments), also once its no-transaction steps run again (as migrate --retry-failed
 * does); every row's new column is the conversion of its old column, and the old column is as it
 * was (but for a label another edit renames). Then the contract (diff(target, B) with {@code
 * replaces(…)} removed) leaves the catalog of export(B), and every row is as it was with the new
 * column's value under the final name.
 */
final class ExpandContractTrip {
  private ExpandContractTrip() {}

  /** Runs the trip; returns the number of rows the replaced column's table held. */
  static int run(
      RoundTripPropertyTest.Slot db,
      RoundTripPropertyTest.Slot direct,
      String exportA,
      SchemaModel before,
      SchemaModel target,
      SchemaModel contracted,
      List<MigrationPlanner.Step> expand,
      RowFiller.Target rows,
      ColumnReplacements.Replacement replacement,
      String expectedTarget,
      int major,
      String context) {
    QualifiedName table = new QualifiedName(replacement.schema(), replacement.table());
    String qualified = quote(table);
    ColumnPair pair =
        ColumnPair.in(target).stream()
            .filter(p -> p.table().equals(table) && p.old().equals(replacement.old()))
            .findFirst()
            .orElse(null);
    if (pair == null || !pair.finalName().equals(replacement.name())) {
      fail(context + "\nthe target holds no pair " + replacement.describe() + ": " + pair);
    }
    context += "\npair: " + pair;

    db.apply(exportA, context + "\nexport(A) failed");
    RowFiller.Report filled;
    try {
      filled = RowFiller.fill(db.queries(), before, rows);
    } catch (RowFiller.RowsRejected e) {
      throw new AssertionError(context + "\nthe row filler's rows were refused\n" + e, e);
    }
    context += "\nrows before expanding: " + filled;
    String old = ColumnReplacements.quote(replacement.old());
    List<String> oldValues = values(db, "SELECT " + old + "::text FROM " + qualified);

    String expandText = PlanApplier.render("expand", expand);
    try {
      PlanApplier.apply(db.scripts(), expand);
    } catch (AssertionError e) {
      throw new AssertionError(
          context + "\nexpand:\n" + expandText + "\nthe expand failed on rows\n" + e.getMessage(),
          e);
    }
    CatalogFingerprint.assertEqual(
        expectedTarget, db.fingerprint(), context + "\nexpand:\n" + expandText);
    RoundTripPropertyTest.assertIntrospected(
        db, target, context + "\nexpand:\n" + expandText, "export(A) + expand", true);
    // migrate --retry-failed runs a no-transaction step again: the backfill resumes, changing
    // nothing
    try {
      PlanApplier.apply(db.scripts(), expand.stream().filter(s -> !s.transactional()).toList());
    } catch (AssertionError e) {
      throw new AssertionError(
          context
              + "\nexpand:\n"
              + expandText
              + "\na no-transaction step failed when run again\n"
              + e.getMessage(),
          e);
    }
    CatalogFingerprint.assertEqual(
        expectedTarget,
        db.fingerprint(),
        context + "\nexpand:\n" + expandText + "\n(its no-transaction steps run twice)");

    String replacementColumn = ColumnReplacements.quote(pair.replacement());
    List<String> wrong =
        values(
            db,
            "SELECT "
                + old
                + "::text || ' → ' || coalesce("
                + replacementColumn
                + "::text, 'NULL') FROM "
                + qualified
                + " WHERE "
                + replacementColumn
                + " IS DISTINCT FROM "
                + replacement.conversion());
    assertEquals(
        List.of(),
        wrong,
        context
            + "\nexpand:\n"
            + expandText
            + "\nrows whose new column is not "
            + replacement.conversion()
            + " of the old one");
    if (!replacement.oldType().startsWith("enum:")) { // another edit may rename a label
      assertEquals(
          oldValues,
          values(db, "SELECT " + old + "::text FROM " + qualified),
          context + "\nexpand:\n" + expandText + "\nthe expand changed the old column's values");
    }

    String row =
        "(to_jsonb(r) - "
            + literal(pair.old())
            + " - "
            + literal(pair.replacement())
            + ") || jsonb_build_object("
            + literal(pair.finalName())
            + ", to_jsonb(r) -> "
            + literal(pair.replacement())
            + ")";
    List<String> expectedRows = values(db, "SELECT (" + row + ")::text FROM " + qualified + " r");

    List<Change> changes =
        RoundTripPropertyTest.answeringCreate(
            RenameAnswers.NONE, r -> SchemaDiff.diff(target, contracted, r, major));
    String described = changes.stream().map(Change::describe).toList().toString();
    if (changes.stream()
        .noneMatch(c -> c instanceof Change.ContractColumn k && k.pair().equals(pair))) {
      fail(context + "\nthe contract diff(target, B) does not contract " + pair + ": " + described);
    }
    List<MigrationPlanner.Step> contract =
        MigrationPlanner.plan(target, contracted, changes, new PlanOptions(major, true));
    String contractText = PlanApplier.render("contract", contract);
    context += "\nexpand:\n" + expandText + "\ncontract:\n" + contractText;
    try {
      PlanApplier.apply(db.scripts(), contract);
    } catch (AssertionError e) {
      throw new AssertionError(context + "\nthe contract failed on rows\n" + e.getMessage(), e);
    }
    String exportB =
        dev.shale.sql.MigrationScript.plain(
            dev.shale.sql.StatementPlanner.plan(
                SchemaDiff.create(contracted), new PlanOptions(major, false)));
    direct.apply(exportB, context + "\nexport(B without replaces) failed");
    CatalogFingerprint.assertEqual(
        direct.fingerprint(),
        db.fingerprint(),
        context + "\nexport(B without replaces):\n" + exportB);
    RoundTripPropertyTest.assertIntrospected(
        db, contracted, context, "export(A) + expand + contract", true);
    assertEquals(
        expectedRows,
        values(db, "SELECT to_jsonb(r)::text FROM " + qualified + " r"),
        context
            + "\nafter the contract, the rows are not those the expand left (new column as "
            + pair.finalName()
            + ")");
    return oldValues.size();
  }

  /** The text values a query returns, sorted; NULL as {@code <null>}. */
  private static List<String> values(RoundTripPropertyTest.Slot db, String sql) {
    List<String> out = new ArrayList<>();
    try (Statement st = db.queries().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String value = rs.getString(1);
        out.add(value == null ? "<null>" : value);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    out.sort(null);
    return out;
  }

  private static String quote(QualifiedName name) {
    return ColumnReplacements.quote(name.schema()) + "." + ColumnReplacements.quote(name.name());
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
