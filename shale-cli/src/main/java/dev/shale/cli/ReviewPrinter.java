package dev.shale.cli;

import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.ReviewRow;
import dev.shale.sql.Rule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints the review of a plan: per migration file, every change with the lock it still takes,
 * rewrite/scan and data loss; then the rules behind the risks.
 */
final class ReviewPrinter {
  private ReviewPrinter() {}

  static void print(
      List<MigrationPlanner.Step> steps, List<String> stems, Terminal terminal, PrintWriter out) {
    Set<Rule> rules = new LinkedHashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      MigrationPlanner.Step step = steps.get(i);
      List<ReviewRow> rows = ReviewRow.of(step.statements());
      if (rows.isEmpty()) {
        continue;
      }
      if (steps.size() > 1) {
        out.println();
        out.println(
            terminal.bold(
                stems.get(i)
                    + ".sql ("
                    + (i + 1)
                    + " of "
                    + steps.size()
                    + (step.transactional() ? "" : ", outside a transaction")
                    + ")"));
      }
      table(rows, terminal, out);
      rows.forEach(row -> rules.addAll(row.rules()));
    }
    if (!rules.isEmpty()) {
      out.println();
      out.println(
          "Risks (details and safer alternatives are in the migration's -- shale: comments):");
      for (Rule rule : rules) {
        out.println("  " + rule.id() + ": " + rule.why());
      }
    }
    Set<String> hints = new LinkedHashSet<>();
    for (MigrationPlanner.Step step : steps) {
      step.statements().forEach(s -> hints.addAll(ExpandContractHint.of(s)));
    }
    hints.addAll(ExpandContractHint.notNullOverNulls(steps));
    hints.forEach(hint -> out.println("  hint: " + hint));
  }

  private static void table(List<ReviewRow> rows, Terminal terminal, PrintWriter out) {
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"change", "table", "lock", "rewrite/scan", "data loss"});
    for (ReviewRow row : rows) {
      String rewriteScan = row.rewrite() ? "rewrite" : row.scan() ? "scan" : "-";
      cells.add(
          new String[] {
            row.change().describe(),
            row.table().isEmpty() ? "-" : row.table(),
            row.lock(),
            rewriteScan,
            row.dataLoss() ? "YES" : "-"
          });
    }
    int[] widths = new int[5];
    for (String[] line : cells) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    for (int r = 0; r < cells.size(); r++) {
      String[] line = cells.get(r);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        String padded =
            i == line.length - 1 ? line[i] : String.format("%-" + widths[i] + "s  ", line[i]);
        text.append(padded);
      }
      String printed = text.toString().stripTrailing();
      if (r == 0) {
        printed = terminal.bold(printed);
      } else if (rows.get(r - 1).dataLoss()) {
        printed = terminal.red(printed);
      } else if (rows.get(r - 1).isRisky()) {
        printed = terminal.yellow(printed);
      }
      out.println(printed);
    }
  }
}
