package dev.shale.loader;

/** A line of a Java source file: where a schema object is declared. */
public record SourceLine(String file, int line) {}
