package org.copse.web.community;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copse.index.AccessScope;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.Directory;
import org.copse.index.Member;
import org.copse.index.SearchIndex;
import org.copse.web.facilitation.Curation;
import org.springframework.stereotype.Component;

/**
 * Good practice that facilitators marked (see {@link Curation}) in the communities the viewer may read,
 * newest mark first. Each marked contribution is read through the viewer's scope again, so a mark never
 * shows a contribution the viewer cannot read.
 */
@Component
public class GoodPractice {
  private final Curation curation;
  private final SearchIndex index;
  private final Directory directory;

  GoodPractice(Curation curation, SearchIndex index, Directory directory) {
    this.curation = curation;
    this.index = index;
    this.directory = directory;
  }

  /** A marked contribution as the home page lists it. */
  public record Item(String id, String title, String kind, String communityId, String community, String markedBy,
      String markedByName, LocalDate markedOn) {}

  /** Up to {@code limit} marked contributions the viewer may read, most recently marked first. */
  public List<Item> recent(AccessScope viewer, int limit) {
    return viewer.communityIds().stream()
        .flatMap(communityId -> curation.goodPractice(communityId).stream())
        .sorted(Comparator.comparing(Curation.Mark::markedAt, Comparator.reverseOrder())
            .thenComparing(Curation.Mark::contributionId))
        .map(mark -> index.get(mark.contributionId(), viewer).map(c -> item(c, mark)))
        .flatMap(Optional::stream)
        .limit(limit)
        .toList();
  }

  private Item item(Contribution contribution, Curation.Mark mark) {
    return new Item(contribution.id(), contribution.title(), contribution.kind().label(), contribution.communityId(),
        directory.community(contribution.communityId()).map(Community::name).orElse(contribution.communityId()),
        mark.markedBy(), directory.member(mark.markedBy()).map(Member::displayName).orElse(mark.markedBy()),
        mark.markedAt().atZone(ZoneOffset.UTC).toLocalDate());
  }
}
