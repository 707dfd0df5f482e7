package dev.shale.introspect;

import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What introspection read: the model of everything Shale manages within the filters, and the
 * objects it found but does not manage, sorted by kind and name.
 */
public record Introspection(SchemaModel model, List<UnmanagedObject> unmanaged) {
  public Introspection {
    unmanaged = unmanaged.stream().sorted().distinct().toList();
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
