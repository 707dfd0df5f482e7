package dev.shale.sql;

import dev.shale.diff.Change;

/** One SQL statement (without the trailing semicolon), the change it comes from, its risk. */
public record Statement(String sql, Change change, Risk risk) {}
