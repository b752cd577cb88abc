package org.copse.expertise.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copse.index.SearchField;
import org.copse.index.query.FieldFilter;
import org.copse.index.query.Match;
import org.junit.jupiter.api.Test;

class ExpertQueryTest {

  @Test
  void typed_words_become_alternatives_and_filters_are_kept() {
    ExpertQuery query = ExpertQuery.parse("housing benefit community:housing");

    assertThat(query.query().required()).hasSize(1);
    assertThat(query.query().required().get(0).anyOf()).extracting(Match::text).containsExactly("housing", "benefit");
    assertThat(query.query().filters()).containsExactly(new FieldFilter(SearchField.COMMUNITY, "housing", false));
  }

  @Test
  void free_text_drops_stop_words_and_repeats_and_keeps_normalised_tags() {
    ExpertQuery query = ExpertQuery.ofText("How do I dry hop an IPA? Dry hop when?", List.of("Dry-Hopping", "IPA"));

    assertThat(query.query().positiveMatches()).extracting(Match::text).containsExactly("dry", "hop", "ipa");
    assertThat(query.tags()).containsExactly("dry hopping", "ipa");
    assertThat(query.excluding("asker").excludedMembers()).containsExactly("asker");
  }
}
