package org.copse.web.digest;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What one member gets for one period.
 *
 * @param memberId the recipient
 * @param period the period covered
 * @param items chosen contributions, grouped by section in section order, best first within one
 * @param experts people to ask, best first
 * @param coldStart whether nothing matched the member's interests and the items are instead the
 *     period's most valued content
 * @param facilitatorNotes the weekly summary of the communities the member facilitates; empty for others
 */
public record Digest(String memberId, DigestPeriod period, List<DigestItem> items, List<SuggestedExpert> experts,
    boolean coldStart, List<FacilitatorNote> facilitatorNotes) {
  public Digest {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(period, "period");
    items = List.copyOf(items);
    experts = List.copyOf(experts);
    facilitatorNotes = List.copyOf(facilitatorNotes);
  }

  /** A digest without a facilitator summary. */
  public Digest(String memberId, DigestPeriod period, List<DigestItem> items, List<SuggestedExpert> experts,
      boolean coldStart) {
    this(memberId, period, items, experts, coldStart, List.of());
  }

  /** The same digest with a facilitator summary. */
  public Digest withFacilitatorNotes(List<FacilitatorNote> notes) {
    return new Digest(memberId, period, items, experts, coldStart, notes);
  }

  public static Digest empty(String memberId, DigestPeriod period) {
    return new Digest(memberId, period, List.of(), List.of(), false);
  }

  /** Whether there is nothing to send. */
  public boolean isEmpty() {
    return items.isEmpty() && experts.isEmpty() && facilitatorNotes.isEmpty();
  }

  public List<DigestItem> section(DigestSection section) {
    return items.stream().filter(i -> i.section() == section).toList();
  }

  /** How many entries (items and people) there are. */
  public int size() {
    return items.size() + experts.size();
  }

  /** The same digest with only the items and experts that pass. */
  public Digest retain(Predicate<DigestItem> keepItem, Predicate<SuggestedExpert> keepExpert) {
    return new Digest(memberId, period, items.stream().filter(keepItem).toList(),
        experts.stream().filter(keepExpert).toList(), coldStart, facilitatorNotes);
  }
}
