package org.copse.expertise.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copse.index.Contribution;

/** Topic names: tags, key phrases and entities, normalised so that spellings of one topic meet. */
public final class Topics {

  /** Longest topic, in words, looked for in free text. */
  public static final int MAX_WORDS = 4;

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_/]+");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}+#]+$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#.']*");

  private Topics() {}

  /**
   * Lower case, accents and hyphens folded, spaces collapsed: {@code "Social-Care "} and
   * {@code "social care"} are one topic. Empty when nothing is left.
   */
  public static String normalise(String raw) {
    String folded = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String spaced = SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return EDGE_PUNCTUATION.matcher(spaced).replaceAll("").strip();
  }

  /** A contribution's own topics: its tags, key phrases and entities, normalised, without repeats. */
  public static List<String> of(Contribution contribution) {
    Set<String> topics = new LinkedHashSet<>();
    addAll(topics, contribution.tags());
    addAll(topics, contribution.keyPhrases());
    addAll(topics, contribution.entities());
    return List.copyOf(topics);
  }

  /** The words of a text, normalised, in order. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    var matcher = WORD.matcher(normalise(text.replace('\n', ' ')));
    while (matcher.find()) {
      String word = matcher.group();
      while (word.endsWith(".") || word.endsWith("'")) {
        word = word.substring(0, word.length() - 1);
      }
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** Every run of one to {@link #MAX_WORDS} words in a text: the candidates for topics it names. */
  public static Set<String> phrasesIn(String text) {
    List<String> words = words(text);
    Set<String> phrases = new LinkedHashSet<>();
    for (int start = 0; start < words.size(); start++) {
      StringBuilder phrase = new StringBuilder();
      for (int length = 1; length <= MAX_WORDS && start + length <= words.size(); length++) {
        if (length > 1) {
          phrase.append(' ');
        }
        phrase.append(words.get(start + length - 1));
        phrases.add(phrase.toString());
      }
    }
    return phrases;
  }

  private static void addAll(Set<String> topics, List<String> raw) {
    for (String value : raw) {
      String topic = normalise(value);
      if (!topic.isEmpty()) {
        topics.add(topic);
      }
    }
  }
}
