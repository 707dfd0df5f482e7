package dev.shale.introspect;

import dev.shale.model.Extension;
import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What introspection read: the model of everything Shale manages within the filters, and the
 * objects it found but does not manage, sorted by kind and name.
 */
public record Introspection(
    SchemaModel model, List<UnmanagedObject> unmanaged, Map<String, String> defaultVersions) {
  public Introspection {
    unmanaged = unmanaged.stream().sorted().distinct().toList();
    defaultVersions = Map.copyOf(defaultVersions);
  }

  public Introspection(SchemaModel model, List<UnmanagedObject> unmanaged) {
    this(model, unmanaged, Map.of());
  }

  /**
   * The model as a schema source should declare it: extensions at the version the server installs
   * by default are not pinned to it, so that a newer server installs its own default; of the
   * cluster's roles, those that its grants and policies name (declared, they are created where they
   * are missing).
   */
  public SchemaModel unpinnedModel() {
    return referencedRoles(model)
        .withExtensions(
            model.extensions().stream()
                .map(
                    e ->
                        e.version() != null && e.version().equals(defaultVersions.get(e.name()))
                            ? new Extension(e.name(), e.schema(), null)
                            : e)
                .toList());
  }

  /**
   * One warning naming every unmanaged object, for the caller to print once; null when there is
   * none.
   */
  public String warning() {
    if (unmanaged.isEmpty()) {
      return null;
    }
    return unmanaged.size()
        + (unmanaged.size() == 1 ? " object" : " objects")
        + " that Shale does not manage (left as they are, not part of the schema): "
        + unmanaged.stream().map(UnmanagedObject::toString).collect(Collectors.joining(", "));
  }

  /** {@code model} with only the roles that its grants and policies name. */
  static SchemaModel referencedRoles(SchemaModel model) {
    java.util.Set<String> named = new java.util.HashSet<>();
    model.grants().forEach(g -> named.add(g.grantee()));
    model.tables().forEach(t -> t.security().policies().forEach(p -> named.addAll(p.roles())));
    return model.withRoles(model.roles().stream().filter(r -> named.contains(r.name())).toList());
  }
}
