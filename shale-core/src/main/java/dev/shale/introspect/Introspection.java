package dev.shale.introspect;

import dev.shale.model.Extension;
import dev.shale.model.Role;
import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What introspection read: the model of everything Shale manages within the filters, and the
 * objects it found but does not manage, sorted by kind and name.
 */
public record Introspection(
    SchemaModel model,
    List<UnmanagedObject> unmanaged,
    Map<String, String> defaultVersions,
    List<Role> clusterRoles) {

  /**
   * @param model with the roles that its grants and policies name
   * @param clusterRoles every role of the cluster but the built-in ones: whether a declared role
   *     exists, and with which attributes
   */
  public Introspection {
    unmanaged = unmanaged.stream().sorted().distinct().toList();
    defaultVersions = Map.copyOf(defaultVersions);
    clusterRoles = clusterRoles == null ? List.of() : List.copyOf(clusterRoles);
  }

  public Introspection(
      SchemaModel model, List<UnmanagedObject> unmanaged, Map<String, String> defaultVersions) {
    this(model, unmanaged, defaultVersions, List.of());
  }

  public Introspection(SchemaModel model, List<UnmanagedObject> unmanaged) {
    this(model, unmanaged, Map.of());
  }

  /**
   * The model as a schema source should declare it: extensions at the version the server installs
   * by default are not pinned to it, so that a newer server installs its own default. Its roles are
   * those that its grants and policies name: declared, they are created where they are missing.
   */
  public SchemaModel unpinnedModel() {
    return model.withExtensions(
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
}
