package org.copse.expertise.rank;

import java.util.Set;

/** Common English words that say nothing about a topic; left out of evidence queries built from free text. */
final class StopWords {

  private static final Set<String> WORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
      "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
      "did", "do", "does", "doing", "don't", "down", "during", "each", "else", "even", "ever", "few", "for",
      "from", "further", "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers",
      "him", "his", "how", "however", "i", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its",
      "itself", "just", "know", "like", "make", "many", "may", "me", "might", "more", "most", "much", "must",
      "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out",
      "over", "own", "please", "quite", "rather", "really", "same", "see", "she", "should", "so", "some",
      "something", "still", "such", "than", "thank", "thanks", "that", "that's", "the", "their", "them", "then",
      "there", "these", "they", "thing", "things", "think", "this", "those", "though", "through", "to", "too",
      "under", "until", "up", "us", "use", "used", "using", "very", "want", "was", "way", "we", "well", "were",
      "what", "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with", "would",
      "yet", "you", "your", "yours");

  private StopWords() {}

  static boolean isStopWord(String word) {
    return WORDS.contains(word) || word.length() < 2;
  }
}
