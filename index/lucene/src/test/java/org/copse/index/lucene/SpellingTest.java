package org.copse.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.SearchRequest;
import org.copse.index.query.UserQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellingTest {

  @TempDir
  Path dir;

  @Test
  void editDistanceCountsATranspositionAsOneEdit() {
    assertThat(Spelling.editDistance("recieve", "receive")).isEqualTo(1);
    assertThat(Spelling.editDistance("medation", "mediation")).isEqualTo(1);
    assertThat(Spelling.editDistance("council", "council")).isZero();
    assertThat(Spelling.editDistance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void fewerEditsWinThenWhatTheScopeReadsMostOften() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      index.index(List.of(
          post("1", "public", "Tenancy sustainment visits"),
          post("2", "public", "Tenancy audit"),
          post("3", "public", "Tenant newsletter"),
          post("4", "private", "Tenanci pilot"),
          post("5", "private", "Tenanci review"),
          post("6", "private", "Tenanci board")));
      AccessScope outsider = AccessScope.of("v", "public");
      // "tenanci" is one edit from "tenancy" but only the private community has it
      assertThat(didYouMean(index, "tenancj", outsider)).isEqualTo("tenancy");
      assertThat(didYouMean(index, "tenancj", AccessScope.of("v", "public", "private"))).isEqualTo("tenanci");
      assertThat(didYouMean(index, "housing tenancj", outsider)).isNull(); // "housing" finds nothing anyway
      assertThat(didYouMean(index, "tenancj audit", outsider)).isEqualTo("tenancy audit");
    }
  }

  private static String didYouMean(LuceneSearchIndex index, String q, AccessScope scope) {
    return index.search(SearchRequest.of(UserQuery.parse(q), scope)).didYouMean();
  }

  private static Contribution post(String id, String community, String title) {
    return Contribution.builder(id, ContributionKind.BLOG_POST, community).title(title).build();
  }
}
