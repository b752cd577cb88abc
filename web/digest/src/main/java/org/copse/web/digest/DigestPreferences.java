package org.copse.web.digest;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one member wants in their digest.
 *
 * @param memberId the member
 * @param frequency weekly, daily or off
 * @param sections the sections to include; never empty while the digest is on
 * @param communityIds communities to draw from; empty means every community they may read
 * @param followedTags tags they follow, lower case: ranked up whatever else they do
 */
public record DigestPreferences(String memberId, Frequency frequency, Set<DigestSection> sections,
    Set<String> communityIds, Set<String> followedTags) {

  /** The most tags one member may follow: they become queries, one each. */
  public static final int MAX_FOLLOWED_TAGS = 20;
  /** The longest followed tag: all of them together must fit the store's column (issue #8). */
  public static final int MAX_TAG_LENGTH = 64;

  public DigestPreferences {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(frequency, "frequency");
    sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
    communityIds = Set.copyOf(communityIds);
    Set<String> tags = new TreeSet<>();
    followedTags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).forEach(tags::add);
    if (tags.size() > MAX_FOLLOWED_TAGS) {
      throw new IllegalArgumentException("at most " + MAX_FOLLOWED_TAGS + " followed tags, not " + tags.size());
    }
    tags.stream().filter(t -> t.length() > MAX_TAG_LENGTH).findFirst().ifPresent(t -> {
      throw new IllegalArgumentException("a followed tag has at most " + MAX_TAG_LENGTH + " characters, not "
          + t.length());
    });
    followedTags = Set.copyOf(tags);
  }

  /** Weekly, every section, every readable community, no followed tags. */
  public static DigestPreferences defaults(String memberId) {
    return new DigestPreferences(memberId, Frequency.WEEKLY, EnumSet.allOf(DigestSection.class), Set.of(), Set.of());
  }

  public DigestPreferences withFrequency(Frequency newFrequency) {
    return new DigestPreferences(memberId, newFrequency, sections, communityIds, followedTags);
  }

  public boolean wants(DigestSection section) {
    return sections.contains(section);
  }
}
