package org.copse.expertise.rank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.copse.expertise.graph.Topics;
import org.copse.index.query.Alternatives;
import org.copse.index.query.Match;
import org.copse.index.query.UserQuery;
import org.jspecify.annotations.Nullable;

/**
 * What expertise is wanted. The text is searched as a bag of words (any word may match, more is
 * better): a topic such as "housing benefit appeals" should find people who know about any part.
 *
 * @param query the evidence query: its words are alternatives; its filters and dates are kept
 * @param tags topics named explicitly (a question's tags), normalised
 * @param asOf rank as things stood just before this instant (for evaluation); null means now
 * @param excludedMembers members never to suggest (the person asking)
 */
public record ExpertQuery(UserQuery query, List<String> tags, @Nullable Instant asOf, Set<String> excludedMembers) {

  /** The most words an evidence query carries; the rest of a long text adds little. */
  public static final int MAX_WORDS = 50;

  public ExpertQuery {
    Objects.requireNonNull(query, "query");
    tags = tags.stream().map(Topics::normalise).filter(t -> !t.isEmpty()).distinct().toList();
    excludedMembers = Set.copyOf(excludedMembers);
  }

  /**
   * A topic as a person typed it, in the search syntax: filters such as {@code community:} and
   * {@code after:} apply; the words and phrases become alternatives.
   *
   * @throws org.copse.index.InvalidQueryException when the syntax cannot be answered
   */
  public static ExpertQuery parse(String typed) {
    UserQuery parsed = UserQuery.parse(typed);
    List<Match> matches = parsed.positiveMatches();
    List<Alternatives> required = matches.isEmpty() ? List.of() : List.of(new Alternatives(matches));
    UserQuery bag = new UserQuery(required, parsed.excluded(), parsed.filters(), parsed.after(), parsed.before(),
        parsed.text());
    return new ExpertQuery(bag, List.of(), null, Set.of());
  }

  /** A free text such as a question's title and body, with its tags; stop words are dropped. */
  public static ExpertQuery ofText(String text, List<String> tags) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : Topics.words(text)) {
      if (!StopWords.isStopWord(word) && words.size() < MAX_WORDS) {
        words.add(word);
      }
    }
    List<Match> matches = new ArrayList<>();
    words.forEach(w -> matches.add(new Match.Word(w)));
    List<Alternatives> required = matches.isEmpty() ? List.of() : List.of(new Alternatives(matches));
    return new ExpertQuery(new UserQuery(required, List.of(), List.of(), null, null, String.join(" ", words)),
        tags, null, Set.of());
  }

  public ExpertQuery asOf(Instant instant) {
    return new ExpertQuery(query, tags, instant, excludedMembers);
  }

  public ExpertQuery excluding(String memberId) {
    Set<String> more = new LinkedHashSet<>(excludedMembers);
    more.add(memberId);
    return new ExpertQuery(query, tags, asOf, more);
  }
}
