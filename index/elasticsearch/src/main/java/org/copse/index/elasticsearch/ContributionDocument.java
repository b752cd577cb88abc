package org.copse.index.elasticsearch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.EvidenceHit;
import org.copse.index.SearchHit;
import org.copse.index.IndexException;
import org.jspecify.annotations.Nullable;

/**
 * A contribution as stored in Elasticsearch: its JSON source, field for field as named in
 * {@code config/elasticsearch/contributions-template.json}. Times are kept as the ISO strings
 * {@link Instant#toString()} writes, so a contribution reads back exactly as it was indexed.
 */
record ContributionDocument(
    String id,
    String kind,
    String communityId,
    String title,
    String body,
    List<ContributorEntry> contributors,
    List<String> authorIds,
    List<String> tags,
    List<String> entities,
    List<String> keyPhrases,
    String language,
    String created,
    String updated,
    String year,
    String threadId,
    @Nullable String parentId,
    @Nullable String sourceUrl,
    String contentHash,
    int score) {

  /** One contributor, as stored in the unindexed {@code contributors} object. */
  record ContributorEntry(String memberId, String role, int editSize) {}

  static ContributionDocument of(Contribution c) {
    return new ContributionDocument(c.id(), c.kind().code(), c.communityId(), c.title(), c.body(),
        c.contributors().stream().map(x -> new ContributorEntry(x.memberId(), x.role().name(), x.editSize())).toList(),
        c.memberIds(), c.tags(), c.entities(), c.keyPhrases(), c.language(), c.created().toString(),
        c.updated().toString(), Integer.toString(c.created().atZone(ZoneOffset.UTC).getYear()), c.threadId(),
        c.parentId(), c.sourceUrl(), c.contentHash(), c.score());
  }

  Contribution toContribution() {
    return new Contribution(id, kind(kind), communityId, title, body, contributorList(), orEmpty(tags),
        orEmpty(entities), orEmpty(keyPhrases), language, Instant.parse(created), Instant.parse(updated), threadId,
        parentId, sourceUrl, contentHash, score);
  }

  SearchHit toHit(String snippetHtml) {
    return new SearchHit(id, kind(kind), communityId, title, snippetHtml, orEmpty(authorIds), orEmpty(tags),
        Instant.parse(created), Instant.parse(updated), threadId, sourceUrl);
  }

  EvidenceHit toEvidence(float relevance) {
    return new EvidenceHit(id, relevance, kind(kind), communityId, threadId, contributorList(), Instant.parse(created), score);
  }

  private List<Contributor> contributorList() {
    return orEmpty(contributors).stream()
        .map(x -> new Contributor(x.memberId(), ContributorRole.valueOf(x.role()), x.editSize())).toList();
  }

  private static ContributionKind kind(String code) {
    return ContributionKind.fromCode(code)
        .orElseThrow(() -> new IndexException("the index holds an unknown contribution kind '" + code + "'"));
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
