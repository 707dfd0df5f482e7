package dev.shale.model;

/** A standalone sequence; {@code dataType} is smallint, integer or bigint. */
public record Sequence(QualifiedName name, String dataType, SequenceOptions options) {}
