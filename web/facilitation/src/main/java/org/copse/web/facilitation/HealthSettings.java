package org.copse.web.facilitation;

/**
 * How the health figures are taken.
 *
 * @param weeks weeks covered by the activity charts, 2 to 104
 * @param trendWeeks the recent weeks compared with as many before them (rising, growing, fading), 1 to weeks/2
 * @param staleAfterDays content not updated for this long is old, when it is often found
 * @param minOpens openings from search (over the weeks covered) that make content "often found"
 * @param listSize the most entries in each list
 */
public record HealthSettings(int weeks, int trendWeeks, int staleAfterDays, int minOpens, int listSize) {
  public static final HealthSettings DEFAULTS = new HealthSettings(12, 4, 365, 5, 10);

  public HealthSettings {
    if (weeks < 2 || weeks > 104) {
      throw new IllegalArgumentException("health weeks must be from 2 to 104, not " + weeks);
    }
    if (trendWeeks < 1 || trendWeeks * 2 > weeks) {
      throw new IllegalArgumentException("trend weeks must be from 1 to half of " + weeks + ", not " + trendWeeks);
    }
    if (staleAfterDays < 1 || minOpens < 1 || listSize < 1) {
      throw new IllegalArgumentException("stale-after days, minimum opens and list size must be positive");
    }
  }
}
