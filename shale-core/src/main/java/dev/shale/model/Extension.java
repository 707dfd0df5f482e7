package dev.shale.model;

/**
 * An installed extension ({@code CREATE EXTENSION}). The objects it creates (types, functions,
 * operators) belong to it and are never part of the model.
 *
 * @param name the extension's name, as {@code pg_available_extensions} lists it
 * @param schema the schema it installs its objects into
 * @param version the version asked for, or null for whatever the server installs by default (such a
 *     declaration is satisfied by any installed version)
 */
public record Extension(String name, String schema, String version) {
  public Extension {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("an extension needs a name");
    }
    if (schema == null || schema.isEmpty()) {
      throw new IllegalArgumentException("extension " + name + " needs a schema");
    }
    if (version != null && version.isEmpty()) {
      version = null;
    }
  }

  /** Whether {@code installed} satisfies this declaration: same schema, and the version asked. */
  public boolean satisfiedBy(Extension installed) {
    return name.equals(installed.name())
        && schema.equals(installed.schema())
        && (version == null || version.equals(installed.version()));
  }
}
