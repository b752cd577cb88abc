package org.copse.bench.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;

/**
 * Streams a deterministic synthetic corpus of {@link Contribution}s, one at a time, so that a million
 * never sit in memory. The same model and size always give the same contributions.
 *
 * <ul>
 *   <li><b>Text.</b> Bodies have a lognormal length (median {@value #MEDIAN_WORDS} words, clamped to
 *       {@value #MIN_WORDS}–{@value #MAX_WORDS}); each word comes from the contribution's topic with
 *       probability {@value #TOPIC_SHARE}, otherwise from the whole 200,000-word vocabulary by Zipf
 *       rank (exponent 1). Sentences are 8–20 words. A quarter of bodies also carry a paragraph of
 *       real prose. Titles are 4–9 words; answers and comments take their thread's title.
 *   <li><b>Communities.</b> Each contribution goes to a community drawn by Zipf size; 70% of the time
 *       it is about the community's main topic, otherwise about a topic drawn by popularity.
 *   <li><b>Kinds.</b> 60% forum (a new question when the community has no open thread or 30% of the
 *       time, otherwise an answer to, or 15% a comment on, the community's latest question), 25%
 *       library documents, 15% wiki pages.
 *   <li><b>Contributors.</b> A main contributor drawn by Zipf activity in the role the kind implies
 *       (asker, answerer — 15% accepted —, commenter, author); a third get an editor and 5% a
 *       second one, ~1.4 contributors per contribution.
 *   <li><b>Tags</b> 0–5 of the topic's tag words; <b>dates</b> uniform from 2015 through 2025,
 *       documents and wiki pages updated up to 400 days later; vote scores on questions and answers.
 * </ul>
 */
public final class CorpusGenerator implements Iterator<Contribution> {

  static final int MEDIAN_WORDS = 300;
  static final int MIN_WORDS = 150;
  static final int MAX_WORDS = 3_000;
  static final double LENGTH_SIGMA = 0.75;
  static final double TOPIC_SHARE = 0.35;
  static final double PROSE_SHARE = 0.25;
  static final double MAIN_TOPIC_SHARE = 0.7;
  private static final long FIRST_SECOND = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST_SECOND = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
  private static final long DAY = 86_400;

  private final CorpusModel model;
  private final long size;
  private final SplittableRandom random;
  private final AliasSampler words;
  private final ProsePassages prose;
  private final String[] openThread = new String[Population.COMMUNITIES];
  private final String[] openThreadTitle = new String[Population.COMMUNITIES];
  private long next;

  public CorpusGenerator(CorpusModel model, long size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    this.model = model;
    this.size = size;
    this.random = new SplittableRandom(model.seed() ^ 0x5DEECE66DL);
    this.words = AliasSampler.zipf(model.vocabulary().size(), 1.0);
    this.prose = ProsePassages.load();
  }

  @Override
  public boolean hasNext() {
    return next < size;
  }

  @Override
  public Contribution next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the corpus has " + size + " contributions");
    }
    return generate(next++);
  }

  private Contribution generate(long number) {
    String id = "k" + number;
    int community = model.population().sampleCommunity(random);
    int topic = random.nextDouble() < MAIN_TOPIC_SHARE
        ? model.population().mainTopic(community)
        : model.topics().sampleTopic(random);
    ContributionKind kind = kind(community);
    Contribution.Builder builder = Contribution.builder(id, kind, Population.communityId(community));
    String title;
    if (kind == ContributionKind.FORUM_ANSWER || kind == ContributionKind.COMMENT) {
      builder.threadId(openThread[community]).parentId(openThread[community]);
      title = openThreadTitle[community];
    } else {
      title = sentence(topic, 4 + random.nextInt(6), false);
      if (kind == ContributionKind.FORUM_QUESTION) {
        openThread[community] = id;
        openThreadTitle[community] = title;
      }
    }
    long created = FIRST_SECOND + (long) (random.nextDouble() * (LAST_SECOND - FIRST_SECOND));
    long updated = kind == ContributionKind.LIBRARY_DOCUMENT || kind == ContributionKind.WIKI_PAGE
        ? created + random.nextInt(400) * DAY
        : created;
    return builder
        .title(title)
        .body(body(topic))
        .contributors(contributors(kind))
        .tags(tags(topic))
        .created(Instant.ofEpochSecond(created))
        .updated(Instant.ofEpochSecond(updated))
        .sourceUrl("https://copse.example/" + Population.communityId(community) + "/" + id)
        .contentHash(Long.toHexString(random.nextLong()))
        .score(kind == ContributionKind.FORUM_QUESTION || kind == ContributionKind.FORUM_ANSWER
            ? (int) (-Math.log(1 - random.nextDouble()) * 3)
            : 0)
        .build();
  }

  private ContributionKind kind(int community) {
    double r = random.nextDouble();
    if (r < 0.60) {
      boolean hasThread = openThread[community] != null;
      double f = random.nextDouble();
      if (!hasThread || f < 0.30) {
        return ContributionKind.FORUM_QUESTION;
      }
      return f < 0.85 ? ContributionKind.FORUM_ANSWER : ContributionKind.COMMENT;
    }
    return r < 0.85 ? ContributionKind.LIBRARY_DOCUMENT : ContributionKind.WIKI_PAGE;
  }

  private String body(int topic) {
    double lognormal = Math.exp(Math.log(MEDIAN_WORDS) + LENGTH_SIGMA * random.nextGaussian());
    int length = (int) Math.max(MIN_WORDS, Math.min(MAX_WORDS, lognormal));
    StringBuilder text = new StringBuilder(length * 8);
    int proseAt = random.nextDouble() < PROSE_SHARE ? random.nextInt(length) : -1;
    int written = 0;
    while (written < length) {
      int sentence = Math.min(length - written, 8 + random.nextInt(13));
      if (proseAt >= written && proseAt < written + sentence) {
        text.append(prose.get(random.nextInt(prose.size()))).append(' ');
      }
      text.append(sentence(topic, sentence, true)).append(' ');
      written += sentence;
    }
    text.setLength(text.length() - 1);
    return text.toString();
  }

  private String sentence(int topic, int length, boolean fullStop) {
    StringBuilder text = new StringBuilder(length * 8);
    for (int i = 0; i < length; i++) {
      int rank = random.nextDouble() < TOPIC_SHARE
          ? model.topics().sampleWord(topic, random)
          : words.sample(random);
      String word = model.vocabulary().word(rank);
      if (i == 0) {
        text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      } else {
        text.append(' ').append(word);
      }
    }
    return fullStop ? text.append('.').toString() : text.toString();
  }

  private List<Contributor> contributors(ContributionKind kind) {
    List<Contributor> contributors = new ArrayList<>(3);
    String main = Population.authorId(model.population().sampleAuthor(random));
    ContributorRole role = switch (kind) {
      case FORUM_QUESTION -> ContributorRole.ASKER;
      case FORUM_ANSWER -> random.nextDouble() < 0.15 ? ContributorRole.ACCEPTED_ANSWERER : ContributorRole.ANSWERER;
      case COMMENT -> ContributorRole.COMMENTER;
      default -> ContributorRole.AUTHOR;
    };
    boolean edits = kind == ContributionKind.WIKI_PAGE || kind == ContributionKind.LIBRARY_DOCUMENT;
    contributors.add(new Contributor(main, role, kind == ContributionKind.WIKI_PAGE ? 200 + random.nextInt(5_000) : 0));
    int editors = random.nextDouble() < 0.33 ? (random.nextDouble() < 0.15 ? 2 : 1) : 0;
    for (int e = 0; e < editors; e++) {
      String editor = Population.authorId(model.population().sampleAuthor(random));
      if (!editor.equals(main)) {
        contributors.add(new Contributor(editor, ContributorRole.EDITOR, edits ? 10 + random.nextInt(2_000) : 0));
      }
    }
    return contributors;
  }

  private List<String> tags(int topic) {
    int count = random.nextInt(6);
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      tags.add(model.vocabulary().word(model.topics().tag(topic, random.nextInt(Topics.TAGS_PER_TOPIC))).toLowerCase(Locale.ROOT));
    }
    return List.copyOf(tags);
  }
}
