package dev.shale.model;

/**
 * What a declared column replaces by expand and contract ({@code replaces(…)} in the schema).
 *
 * @param column the old column of the same table
 * @param using the SQL expression computing the new column from a row as it was, or null for a cast
 *     of the old column to the new type (or the old column itself, for a rename)
 * @param reverse the SQL expression computing the old column from a row as new code writes it (the
 *     new column under its declared name), or null for a cast to the old type
 */
public record ColumnReplacement(String column, String using, String reverse) {}
