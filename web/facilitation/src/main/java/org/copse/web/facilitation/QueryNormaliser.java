package org.copse.web.facilitation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what someone typed into the form insights count: filters such as {@code author:} or
 * {@code community:} removed (they may name people, and the community is recorded apart), operators
 * and punctuation dropped, lower case, single spaces, at most {@link #MAX_LENGTH} characters.
 * "Damp  AND Mould!" and "damp mould" count as one query.
 */
public final class QueryNormaliser {
  /** The longest normalised query kept. */
  public static final int MAX_LENGTH = 100;
  private static final Pattern FILTER = Pattern.compile("^-?[\\p{L}]+:.*");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final List<String> OPERATORS = List.of("and", "or", "not");

  private QueryNormaliser() {}

  /** The normalised query; empty when nothing but filters and punctuation was typed. */
  public static String normalise(String typed) {
    String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String token : text.strip().split("\\s+")) {
      if (token.isEmpty() || FILTER.matcher(token).matches()) {
        continue;
      }
      for (String word : NOT_WORD.split(token)) {
        if (!word.isEmpty() && !OPERATORS.contains(word)) {
          words.add(word);
        }
      }
    }
    String joined = String.join(" ", words);
    if (joined.length() <= MAX_LENGTH) {
      return joined;
    }
    int cut = joined.lastIndexOf(' ', MAX_LENGTH);
    return joined.substring(0, cut > 0 ? cut : MAX_LENGTH);
  }

  /** The community ids a query names in {@code community:} filters, lower case. */
  public static List<String> communityFilters(String typed) {
    List<String> ids = new ArrayList<>();
    for (String token : typed.strip().split("\\s+")) {
      String lower = token.toLowerCase(Locale.ROOT);
      if (lower.startsWith("community:") && lower.length() > "community:".length()) {
        ids.add(lower.substring("community:".length()).replace("\"", ""));
      }
    }
    return ids;
  }
}
