package org.copse.expertise.graph;

import java.util.Objects;

/**
 * How the graph weighs evidence.
 *
 * @param halfLifeDays after this many days a contribution counts half as much as a new one
 * @param roleWeights what each part in a contribution is worth
 */
public record GraphSettings(double halfLifeDays, RoleWeights roleWeights) {

  /** Two years: communities of practice move slowly, and old answers still show who knows. */
  public static final double DEFAULT_HALF_LIFE_DAYS = 730;

  public GraphSettings {
    if (!Double.isFinite(halfLifeDays) || halfLifeDays <= 0) {
      throw new IllegalArgumentException("half life must be a positive number of days, not " + halfLifeDays);
    }
    Objects.requireNonNull(roleWeights, "roleWeights");
  }

  public static GraphSettings defaults() {
    return new GraphSettings(DEFAULT_HALF_LIFE_DAYS, RoleWeights.defaults());
  }

  public GraphSettings withHalfLifeDays(double days) {
    return new GraphSettings(days, roleWeights);
  }

  public GraphSettings withRoleWeights(RoleWeights weights) {
    return new GraphSettings(halfLifeDays, weights);
  }
}
