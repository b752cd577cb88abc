package org.copse.web.digest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a member cares about, as weights (higher is stronger; only the order and ratios matter).
 *
 * @param tags tags, lower case
 * @param phrases topic words or phrases, matched against text
 * @param askedTopics tags or phrases of questions they asked: the topics to find people to ask about
 */
public record InterestProfile(Map<String, Double> tags, Map<String, Double> phrases, Set<String> askedTopics) {
  public InterestProfile {
    tags = Map.copyOf(tags);
    phrases = Map.copyOf(phrases);
    askedTopics = Set.copyOf(new LinkedHashSet<>(askedTopics));
  }

  public static InterestProfile none() {
    return new InterestProfile(Map.of(), Map.of(), Set.of());
  }

  public boolean isEmpty() {
    return tags.isEmpty() && phrases.isEmpty() && askedTopics.isEmpty();
  }

  /** Both profiles' interests; weights of a shared key add up. */
  public InterestProfile plus(InterestProfile other) {
    return new InterestProfile(sum(tags, other.tags), sum(phrases, other.phrases),
        union(askedTopics, other.askedTopics));
  }

  /** The {@code n} strongest keys of a weight map, strongest first, ties by key. */
  public static List<String> strongest(Map<String, Double> weights, int n) {
    return weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<String, Double> sum(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> result = new HashMap<>(a);
    b.forEach((k, v) -> result.merge(k, v, Double::sum));
    return result;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> result = new LinkedHashSet<>(a);
    result.addAll(b);
    return result;
  }
}
