package dev.shale.model;

/** A view or materialized view defined by its query text. */
public record View(QualifiedName name, String query, boolean materialized, String comment) {}
