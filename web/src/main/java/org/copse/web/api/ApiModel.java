package org.copse.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copse.index.Contribution;
import org.copse.index.Contributor;
import org.copse.index.FacetCount;
import org.copse.index.SearchHit;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the API, kept apart from the domain records so that either can change alone. */
final class ApiModel {
  private ApiModel() {}

  record Hit(String id, String kind, String community, String title, String snippetHtml, List<String> authors,
      List<String> tags, String created, String updated, String threadId, @Nullable String sourceUrl, String url) {

    static Hit of(SearchHit hit) {
      return new Hit(hit.id(), hit.kind().code(), hit.communityId(), hit.title(), hit.snippetHtml(), hit.authorIds(),
          hit.tags(), hit.created().toString(), hit.updated().toString(), hit.threadId(), hit.sourceUrl(),
          "/contributions/" + hit.id());
    }
  }

  record Facet(String value, long count) {
    static Facet of(FacetCount count) {
      return new Facet(count.value(), count.count());
    }
  }

  record SearchAnswer(String query, int page, int size, String sort, long totalHits, List<Hit> hits,
      Map<String, List<Facet>> facets, @Nullable String didYouMean) {}

  record Suggestions(String prefix, List<String> suggestions) {}

  record Similar(String id, List<Hit> hits) {}

  record ContributorJson(String memberId, String role, int editSize) {
    static ContributorJson of(Contributor contributor) {
      return new ContributorJson(contributor.memberId(), contributor.role().name().toLowerCase(Locale.ROOT),
          contributor.editSize());
    }
  }

  record ContributionJson(String id, String kind, String community, String title, String body,
      List<ContributorJson> contributors, List<String> tags, List<String> entities, List<String> keyPhrases,
      String language, String created, String updated, String threadId, @Nullable String parentId,
      @Nullable String sourceUrl, int score) {

    static ContributionJson of(Contribution c) {
      return new ContributionJson(c.id(), c.kind().code(), c.communityId(), c.title(), c.body(),
          c.contributors().stream().map(ContributorJson::of).toList(), c.tags(), c.entities(), c.keyPhrases(),
          c.language(), c.created().toString(), c.updated().toString(), c.threadId(), c.parentId(), c.sourceUrl(),
          c.score());
    }
  }
}
