package dev.shale.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A table's row-level security: whether it is enabled ({@code ENABLE ROW LEVEL SECURITY}), forced
 * on the table's owner too ({@code FORCE}), and its policies, sorted by name. Policies may exist
 * while row-level security is off: PostgreSQL keeps them, inactive.
 */
public record RowSecurity(boolean enabled, boolean forced, List<Policy> policies) {
  public static final RowSecurity NONE = new RowSecurity(false, false, List.of());

  public RowSecurity {
    policies = policies.stream().sorted(Comparator.comparing(Policy::name)).toList();
  }

  /** {@code security}, or {@link #NONE} for null (a table's model keeps null for none). */
  public static RowSecurity of(RowSecurity security) {
    return security == null ? NONE : security;
  }

  /** This row-level security with {@code edit} applied to every policy. */
  public RowSecurity withPolicies(java.util.function.UnaryOperator<Policy> edit) {
    return new RowSecurity(enabled, forced, policies.stream().map(edit).toList());
  }

  public Optional<Policy> policy(String name) {
    return policies.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
