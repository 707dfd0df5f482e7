package dev.shale.codegen;

import java.nio.file.Path;

/**
 * One generated Java source file: its path relative to the source root ({@code
 * com/acme/db/PublicSchema.java}) and its text. Writing it is the caller's business.
 */
public record GeneratedSource(Path path, String text) {}
