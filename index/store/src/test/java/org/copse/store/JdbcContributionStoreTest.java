package org.copse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcContributionStoreTest extends StoreTestBase {
  private JdbcContributionStore store;

  @BeforeEach
  void setUp() {
    store = new JdbcContributionStore(openDatabase());
  }

  private static Contribution acceptedAnswer() {
    return Contribution.builder("demo:housing:answer:7", ContributionKind.FORUM_ANSWER, "housing")
        .title("Re: Damp and mould after Awaab's Law")
        .body("We triage every damp report within 24 hours.\nSecond line, with ünïcödé.")
        .contributors(List.of(new Contributor("amara", ContributorRole.ACCEPTED_ANSWERER, 0),
            new Contributor("ben", ContributorRole.EDITOR, 120)))
        .tags(List.of("damp", "mould", "repairs"))
        .entities(List.of("Awaab Ishak", "Rochdale"))
        .keyPhrases(List.of("damp report", "triage"))
        .language("en")
        .created(Instant.parse("2025-03-01T09:15:30.123456Z"))
        .updated(Instant.parse("2025-03-02T10:00:00Z"))
        .threadId("demo:housing:question:3")
        .parentId("demo:housing:question:3")
        .sourceUrl("https://example.org/t/3#7")
        .contentHash("sha256:abc")
        .score(12)
        .build();
  }

  @Test
  void roundTripsEveryField() {
    Contribution answer = acceptedAnswer();
    store.save(List.of(answer));

    assertThat(store.find(answer.id())).contains(answer);
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void optionalFieldsMayBeAbsent() {
    Contribution page = Contribution.builder("w1", ContributionKind.WIKI_PAGE, "housing")
        .title("Void turnaround").created(Instant.parse("2024-01-01T00:00:00Z")).build();
    store.save(List.of(page));

    assertThat(store.find("w1")).contains(page);
  }

  @Test
  void savingAgainReplacesTheContributionAndItsLists() {
    store.save(List.of(acceptedAnswer()));
    Contribution edited = acceptedAnswer().toBuilder()
        .contributors(List.of(Contributor.of("chloe", ContributorRole.ANSWERER)))
        .tags(List.of("awaabs-law")).entities(List.of()).contentHash("sha256:def").build();
    store.save(List.of(edited));

    assertThat(store.find(edited.id())).contains(edited);
    assertThat(store.contentHashes(List.of(edited.id(), "missing"))).isEqualTo(Map.of(edited.id(), "sha256:def"));
  }

  @Test
  void deletesByIdIgnoringUnknownIds() {
    store.save(List.of(acceptedAnswer()));
    store.delete(List.of(acceptedAnswer().id(), "never-there"));

    assertThat(store.find(acceptedAnswer().id())).isEmpty();
    assertThat(store.count()).isZero();
  }

  @Test
  void visitsEveryContributionInIdOrderAcrossPages() {
    int total = JdbcContributionStore.PAGE_SIZE * 2 + 7;
    List<Contribution> many = IntStream.range(0, total)
        .mapToObj(i -> Contribution.builder(String.format("c%05d", total - i), ContributionKind.COMMENT, "housing")
            .body("comment " + i).tags(List.of("t" + i)).created(Instant.ofEpochSecond(i)).build())
        .toList();
    store.save(many);

    List<String> visited = new ArrayList<>();
    store.forEach(c -> {
      visited.add(c.id());
      assertThat(c.tags()).hasSize(1);
    });

    assertThat(visited).hasSize(total).isSorted();
    assertThat(store.contentHashes(visited)).hasSize(total);
  }

  @Test
  void survivesReopeningTheDatabase() {
    store.save(List.of(acceptedAnswer()));
    JdbcContributionStore reopened = new JdbcContributionStore(reopenDatabase());

    assertThat(reopened.find(acceptedAnswer().id())).contains(acceptedAnswer());
  }
}
