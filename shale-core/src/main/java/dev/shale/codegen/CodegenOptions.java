package dev.shale.codegen;

/**
 * What {@link JavaCodegen} writes.
 *
 * @param packageName the package of the generated classes; empty for the default package
 * @param className one class holding every schema, or null for one class per PostgreSQL schema
 *     (named after it: {@code public} → {@code PublicSchema}, {@code billing} → {@code
 *     BillingSchema})
 */
public record CodegenOptions(String packageName, String className) {
  public CodegenOptions {
    packageName = packageName == null ? "" : packageName.strip();
    if (!packageName.isEmpty()) {
      for (String part : packageName.split("\\.", -1)) {
        if (!isIdentifier(part)) {
          throw new IllegalArgumentException(
              "package " + packageName + ": '" + part + "' is not a Java identifier");
        }
      }
    }
    if (className != null && !isIdentifier(className)) {
      throw new IllegalArgumentException("class " + className + " is not a Java identifier");
    }
  }

  /** One class per schema, in the default package. */
  public static CodegenOptions defaults() {
    return new CodegenOptions("", null);
  }

  public CodegenOptions withPackage(String name) {
    return new CodegenOptions(name, className);
  }

  public CodegenOptions withClassName(String name) {
    return new CodegenOptions(packageName, name);
  }

  static boolean isIdentifier(String text) {
    return !text.isEmpty()
        && Character.isJavaIdentifierStart(text.codePointAt(0))
        && text.codePoints().allMatch(Character::isJavaIdentifierPart)
        && !javax.lang.model.SourceVersion.isKeyword(text);
  }
}
