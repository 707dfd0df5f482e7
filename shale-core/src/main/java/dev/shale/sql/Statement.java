package dev.shale.sql;

import dev.shale.diff.Change;

/**
 * One SQL statement (without the trailing semicolon), the change it comes from, its risk, and the
 * stage of the plan it belongs to.
 */
public record Statement(String sql, Change change, Risk risk, Stage stage) {
  public Statement(String sql, Change change, Risk risk) {
    this(sql, change, risk, Stage.MAIN);
  }
}
