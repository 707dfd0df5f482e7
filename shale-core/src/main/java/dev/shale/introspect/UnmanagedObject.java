package dev.shale.introspect;

/**
 * An object in the database that the model does not hold (a function, trigger, domain, policy,
 * partitioned table, extension, exclusion constraint, …) or a property of a modelled one that it
 * cannot say (an unlogged table, a column's own collation): {@code kind} in words, {@code name}
 * qualified ({@code public.audit() }, {@code public.set_updated on users}).
 */
public record UnmanagedObject(String kind, String name) implements Comparable<UnmanagedObject> {
  @Override
  public int compareTo(UnmanagedObject other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return kind + " " + name;
  }
}
