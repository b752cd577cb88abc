package org.copse.bench.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.copse.index.AccessScope;

/**
 * Draws benchmark queries from a corpus model, as someone looking for something would ask: 2 or 3
 * of one topic's leading words whose document frequency is between {@value #MIN_SHARE} and
 * {@value #MAX_SHARE} of the corpus (so neither "the" nor a word found twice), asked by a viewer
 * with the scope that viewer has (public communities and their own), narrowed to one readable
 * community: {@value #TOPIC_COMMUNITY_SHARE} of the time one whose main topic it is, otherwise any
 * drawn by size. Viewers come from a pool of authors drawn by activity: people search several
 * times in a session, so a window of queries repeats scopes, as caches keyed by scope expect; the
 * pool size says how much.
 */
public final class QueryGenerator {

  static final double MIN_SHARE = 0.001;
  static final double MAX_SHARE = 0.10;
  static final double TOPIC_COMMUNITY_SHARE = 0.6;
  /** A topic's leading words looked at per attempt: what people ask about it. */
  private static final int CANDIDATES = 40;
  private static final int MAX_ATTEMPTS = 10_000;

  private final CorpusModel model;
  private final DocumentFrequencies frequencies;
  private final SplittableRandom random;
  private final int[] viewers;
  private final AccessScope[] scopes;

  /** A generator whose queries come from {@code viewerPool} viewers drawn by activity. */
  public QueryGenerator(CorpusModel model, DocumentFrequencies frequencies, long seed, int viewerPool) {
    if (viewerPool < 1) {
      throw new IllegalArgumentException("the viewer pool needs at least one viewer: " + viewerPool);
    }
    this.model = model;
    this.frequencies = frequencies;
    this.random = new SplittableRandom(seed);
    this.viewers = new int[viewerPool];
    this.scopes = new AccessScope[viewerPool];
    for (int v = 0; v < viewerPool; v++) {
      viewers[v] = model.population().sampleAuthor(random);
      scopes[v] = model.population().scopeOf(viewers[v]);
    }
  }

  /** {@code count} queries; the same seed and corpus give the same ones. */
  public List<BenchQuery> generate(int count) {
    List<BenchQuery> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      queries.add(next());
    }
    return queries;
  }

  private BenchQuery next() {
    Population population = model.population();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      int topic = model.topics().sampleTopic(random);
      int wanted = 2 + random.nextInt(2);
      List<String> words = pickWords(topic, wanted);
      if (words.size() < wanted) {
        continue;
      }
      int v = random.nextInt(viewers.length);
      return new BenchQuery(words, scopes[v], Population.communityId(community(topic, viewers[v])));
    }
    throw new IllegalStateException("no topic has " + MIN_SHARE + "–" + MAX_SHARE
        + " frequent words after " + MAX_ATTEMPTS + " attempts; is the corpus too small?");
  }

  private int community(int topic, int viewer) {
    Population population = model.population();
    if (random.nextDouble() < TOPIC_COMMUNITY_SHARE) {
      int[] about = population.communitiesAbout(topic);
      List<Integer> readable = new ArrayList<>();
      for (int c : about) {
        if (population.canRead(viewer, c)) {
          readable.add(c);
        }
      }
      if (!readable.isEmpty()) {
        return readable.get(random.nextInt(readable.size()));
      }
    }
    int community = population.sampleCommunity(random);
    while (!population.canRead(viewer, community)) {
      community = population.sampleCommunity(random);
    }
    return community;
  }

  private List<String> pickWords(int topic, int wanted) {
    List<String> words = new ArrayList<>(wanted);
    Set<Integer> tried = new HashSet<>();
    for (int i = 0; i < CANDIDATES * 2 && words.size() < wanted && tried.size() < CANDIDATES; i++) {
      int index = random.nextInt(CANDIDATES);
      if (!tried.add(index)) {
        continue;
      }
      String word = model.vocabulary().word(model.topics().word(topic, index));
      double share = frequencies.share(word);
      if (share >= MIN_SHARE && share <= MAX_SHARE && !words.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }
}
