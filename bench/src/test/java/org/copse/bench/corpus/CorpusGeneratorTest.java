package org.copse.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  private static final long SEED = 7;
  private static final int SIZE = 3_000;
  private static CorpusModel model;
  private static List<Contribution> corpus;

  @BeforeAll
  static void generate() {
    model = CorpusModel.create(SEED);
    corpus = take(new CorpusGenerator(model, SIZE), SIZE);
  }

  @Test
  void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
    assertThat(take(new CorpusGenerator(CorpusModel.create(SEED), 50), 50)).isEqualTo(corpus.subList(0, 50));
    assertThat(take(new CorpusGenerator(CorpusModel.create(SEED + 1), 50), 50)).isNotEqualTo(corpus.subList(0, 50));
  }

  @Test
  void kindsAreSixtyPercentForumTwentyFiveDocumentFifteenWiki() {
    Map<ContributionKind, Long> kinds = corpus.stream().collect(Collectors.groupingBy(Contribution::kind, Collectors.counting()));
    long forum = kinds.getOrDefault(ContributionKind.FORUM_QUESTION, 0L) + kinds.getOrDefault(ContributionKind.FORUM_ANSWER, 0L)
        + kinds.getOrDefault(ContributionKind.COMMENT, 0L);
    assertThat(forum / (double) SIZE).as("seed %d", SEED).isBetween(0.56, 0.64);
    assertThat(kinds.get(ContributionKind.LIBRARY_DOCUMENT) / (double) SIZE).isBetween(0.21, 0.29);
    assertThat(kinds.get(ContributionKind.WIKI_PAGE) / (double) SIZE).isBetween(0.12, 0.18);
  }

  @Test
  void bodiesHaveAMedianNearThreeHundredWordsWithinTheClamp() {
    List<Integer> words = corpus.stream().map(c -> c.body().split(" ").length).sorted().toList();
    assertThat(words.get(SIZE / 2)).as("seed %d", SEED).isBetween(270, 360);
    assertThat(words.get(0)).isGreaterThanOrEqualTo(CorpusGenerator.MIN_WORDS);
  }

  @Test
  void contributionsHaveAboutOnePointFourContributorsAndAtMostFiveTags() {
    double contributors = corpus.stream().mapToInt(c -> c.memberIds().size()).average().orElse(0);
    assertThat(contributors).as("seed %d", SEED).isBetween(1.3, 1.5);
    assertThat(corpus).allSatisfy(c -> assertThat(c.tags()).hasSizeLessThanOrEqualTo(5));
  }

  @Test
  void answersBelongToAQuestionOfTheirCommunity() {
    Map<String, Contribution> byId = corpus.stream().collect(Collectors.toMap(Contribution::id, Function.identity()));
    assertThat(corpus.stream().filter(c -> c.kind() == ContributionKind.FORUM_ANSWER)).allSatisfy(answer -> {
      Contribution question = byId.get(answer.threadId());
      assertThat(question.kind()).isEqualTo(ContributionKind.FORUM_QUESTION);
      assertThat(question.communityId()).isEqualTo(answer.communityId());
    });
  }

  @Test
  void theLargestCommunityHoldsAboutAnEighthAndSomeAreMembersOnly() {
    Map<String, Long> sizes = corpus.stream().collect(Collectors.groupingBy(Contribution::communityId, Collectors.counting()));
    assertThat(sizes.get(Population.communityId(0)) / (double) SIZE).as("seed %d", SEED).isBetween(0.10, 0.17);
    long membersOnly = java.util.stream.IntStream.range(0, Population.COMMUNITIES)
        .filter(c -> model.population().visibility(c) == org.copse.index.Visibility.MEMBERS_ONLY).count();
    assertThat(membersOnly).isBetween(250L, 350L);
  }

  @Test
  void theCorpusFileGivesBackExactlyWhatWasGenerated(@TempDir Path folder) throws Exception {
    CorpusFile file = CorpusFile.ensure(folder, model, 200);
    List<Contribution> read = new ArrayList<>();
    try (CorpusFile.Reader reader = file.open()) {
      for (List<Contribution> batch = reader.nextBatch(64); !batch.isEmpty(); batch = reader.nextBatch(64)) {
        read.addAll(batch);
      }
    }
    assertThat(read).isEqualTo(corpus.subList(0, 200));
    assertThat(file.textBytes()).isPositive();
    assertThat(CorpusFile.ensure(folder, model, 200)).isEqualTo(file);
  }

  @Test
  void queriesHaveTwoOrThreeWordsAtTheAimedFrequencyAndAReadableCommunity() {
    DocumentFrequencies frequencies = word -> word.length() % 3 == 0 ? 0.05 : 0.5;
    List<BenchQuery> queries = new QueryGenerator(model, frequencies, SEED, 20).generate(100);
    assertThat(queries).allSatisfy(q -> {
      assertThat(q.words()).hasSizeBetween(2, 3).allSatisfy(w -> assertThat(w.length() % 3).isZero());
      assertThat(q.viewer().canRead(q.communityId())).isTrue();
    });
    assertThat(queries.stream().map(BenchQuery::viewer).distinct().count()).isLessThanOrEqualTo(20);
    assertThat(new QueryGenerator(model, frequencies, SEED, 20).generate(100)).isEqualTo(queries);
  }

  private static List<Contribution> take(CorpusGenerator generator, int count) {
    List<Contribution> out = new ArrayList<>(count);
    for (int i = 0; i < count && generator.hasNext(); i++) {
      out.add(generator.next());
    }
    return out;
  }
}
