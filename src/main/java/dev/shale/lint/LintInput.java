package dev.shale.lint;

/**
 * One migration file to lint.
 *
 * @param name how findings name the file
 * @param text its content
 * @param inToolTransaction whether the tool that applies it wraps the whole file in one transaction
 *     (shale migrate does unless the file starts with {@code -- shale:no-transaction})
 */
public record LintInput(String name, String text, boolean inToolTransaction) {}
