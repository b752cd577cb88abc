package org.copse.web.digest;

/**
 * How digests are selected.
 *
 * @param itemsPerSection the most contributions in one section
 * @param maxPerThread the most posts of one discussion in one section
 * @param diversity MMR lambda: 1 ranks by relevance alone, lower values favour variety
 * @param experts the most people in "people you could ask"
 * @param coldStart whether a member with nothing relevant gets the period's most valued content
 *     instead of no email
 * @param coldStartItems how many items such a digest has
 * @param candidatesPerQuery hits read per interest query
 * @param interestQueries the most tags and the most phrases turned into queries per member
 * @param freshness what being posted at the very end of the period adds to relevance (linearly from
 *     0 at its start): recent discussions are the ones still open to join
 */
public record DigestSettings(int itemsPerSection, int maxPerThread, double diversity, int experts, boolean coldStart,
    int coldStartItems, int candidatesPerQuery, int interestQueries, double freshness) {

  public static final DigestSettings DEFAULTS = new DigestSettings(5, 2, 0.7, 3, false, 5, 30, 10, 0.5);

  public DigestSettings {
    positive(itemsPerSection, "itemsPerSection");
    positive(maxPerThread, "maxPerThread");
    if (diversity < 0 || diversity > 1) {
      throw new IllegalArgumentException("diversity must be between 0 and 1: " + diversity);
    }
    if (experts < 0) {
      throw new IllegalArgumentException("experts must not be negative: " + experts);
    }
    positive(coldStartItems, "coldStartItems");
    if (candidatesPerQuery < 1 || candidatesPerQuery > 100) {
      throw new IllegalArgumentException("candidatesPerQuery must be between 1 and 100: " + candidatesPerQuery);
    }
    positive(interestQueries, "interestQueries");
    if (freshness < 0) {
      throw new IllegalArgumentException("freshness must not be negative: " + freshness);
    }
  }

  public DigestSettings withColdStart(boolean enabled) {
    return new DigestSettings(itemsPerSection, maxPerThread, diversity, experts, enabled, coldStartItems,
        candidatesPerQuery, interestQueries, freshness);
  }

  public DigestSettings withFreshness(double weight) {
    return new DigestSettings(itemsPerSection, maxPerThread, diversity, experts, coldStart, coldStartItems,
        candidatesPerQuery, interestQueries, weight);
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
  }
}
