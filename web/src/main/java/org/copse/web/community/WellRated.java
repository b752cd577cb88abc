package org.copse.web.community;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copse.index.AccessScope;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.Directory;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.SortOrder;
import org.copse.index.query.UserQuery;
import org.springframework.stereotype.Component;

/**
 * Recently well-rated content: of the latest contributions the viewer may read, those readers voted up the
 * most. It stands in for good practice marked by facilitators until that is recorded, and is labelled for
 * what it is ("Recently well rated"), never as endorsed good practice.
 */
@Component
public class WellRated {
  /** How many of the latest visible contributions are looked at. */
  static final int LOOK_AT = SearchRequest.MAX_LIMIT;
  /** The least vote score that counts as well rated. */
  static final int MIN_SCORE = 5;

  private final SearchIndex index;
  private final Directory directory;

  WellRated(SearchIndex index, Directory directory) {
    this.index = index;
    this.directory = directory;
  }

  /** A well-rated contribution as the home page lists it. */
  public record Item(String id, String title, String kind, String communityId, String community, int score,
      LocalDate date) {}

  /** Up to {@code limit} of the latest visible contributions scoring at least {@link #MIN_SCORE}, best first. */
  public List<Item> recent(AccessScope viewer, int limit) {
    if (viewer.isEmpty()) {
      return List.of();
    }
    List<SearchHit> latest = index.search(new SearchRequest(UserQuery.all(), viewer, SortOrder.NEWEST, 0, LOOK_AT,
        Set.of(), SearchRequest.DEFAULT_FACET_LIMIT, false, false)).hits();
    return latest.stream()
        .map(hit -> index.get(hit.id(), viewer))
        .flatMap(Optional::stream)
        .filter(c -> c.score() >= MIN_SCORE)
        .sorted(Comparator.comparingInt(Contribution::score).reversed()
            .thenComparing(Contribution::created, Comparator.reverseOrder()).thenComparing(Contribution::id))
        .limit(limit)
        .map(this::item)
        .toList();
  }

  private Item item(Contribution c) {
    return new Item(c.id(), c.title(), c.kind().label(), c.communityId(),
        directory.community(c.communityId()).map(Community::name).orElse(c.communityId()), c.score(),
        c.created().atZone(ZoneOffset.UTC).toLocalDate());
  }
}
