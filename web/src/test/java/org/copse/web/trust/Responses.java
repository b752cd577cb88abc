package org.copse.web.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a response says once per-request noise is removed, and how two of them compare: byte for
 * byte, or failing that, as the same set of results in another order.
 */
final class Responses {
  private static final Pattern CSRF_INPUT = Pattern.compile("(name=\"_csrf\"[^>]*?value=\")[^\"]*(\")");
  private static final Pattern CSRF_META = Pattern.compile("(<meta name=\"_csrf\" content=\")[^\"]*(\")");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> RANKING_VALUES = Set.of("score", "weight", "similarity");

  private Responses() {}

  /** The status and body without CSRF tokens (which differ per session by design). */
  static String normalised(int status, String body) {
    return status + "\n" + withoutCsrfTokens(body);
  }

  /** The body with every CSRF token blanked: a random token may spell anything, "SQL" included. */
  static String withoutCsrfTokens(String body) {
    return CSRF_META.matcher(CSRF_INPUT.matcher(body).replaceAll("$1-$2")).replaceAll("$1-$2");
  }

  /**
   * The response with its result lists sorted, so that two responses that list the same results in
   * another order compare equal: JSON arrays of objects with an {@code id} or {@code memberId}, and
   * HTML list items.
   */
  static String orderFree(String normalised) {
    int newline = normalised.indexOf('\n');
    String status = normalised.substring(0, newline);
    String body = normalised.substring(newline + 1);
    String trimmed = body.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      JsonNode tree = JSON.readTree(body);
      return status + "\n" + sortArrays(tree);
    }
    Document page = Jsoup.parse(body);
    for (Element list : page.select("ol, ul")) {
      List<Element> items = new ArrayList<>(list.children());
      items.sort((a, b) -> a.outerHtml().compareTo(b.outerHtml()));
      list.empty();
      items.forEach(list::appendChild);
    }
    return status + "\n" + page.outerHtml();
  }

  /** Relative difference allowed between two ranking values (scores, weights, similarities). */
  static final double RANKING_TOLERANCE = 1e-6;

  /**
   * Whether two order-free JSON responses differ only in ranking values ({@code score},
   * {@code weight}, {@code similarity}), and those by at most {@link #RANKING_TOLERANCE} relatively:
   * the trace collection-wide statistics leave, far below what one more piece of evidence adds.
   */
  static boolean sameButForRankingValues(String orderFreeA, String orderFreeB) {
    int a = orderFreeA.indexOf('\n');
    int b = orderFreeB.indexOf('\n');
    if (!orderFreeA.substring(0, a).equals(orderFreeB.substring(0, b))) {
      return false;
    }
    String bodyA = orderFreeA.substring(a + 1).stripLeading();
    String bodyB = orderFreeB.substring(b + 1).stripLeading();
    if (!bodyA.startsWith("{") || !bodyB.startsWith("{")) {
      return false;
    }
    return close(JSON.readTree(bodyA), JSON.readTree(bodyB), "");
  }

  /** How far from the end of a full list a result may be that only one fixture's list shows. */
  static final int TAIL = 10;

  /**
   * Whether two JSON answers list {@code hits} of the same, full length that differ only in which
   * results fill the last {@link #TAIL} places, every result shown by both being the same: when a
   * list is cut at its limit, an order changed by collection-wide statistics also changes which
   * result just makes the cut. Nothing else may differ.
   */
  static boolean sameButForTheTailOfAFullList(String normalisedA, String normalisedB) {
    int a = normalisedA.indexOf('\n');
    int b = normalisedB.indexOf('\n');
    String bodyA = normalisedA.substring(a + 1).stripLeading();
    String bodyB = normalisedB.substring(b + 1).stripLeading();
    if (!normalisedA.substring(0, a).equals(normalisedB.substring(0, b)) || !bodyA.startsWith("{")
        || !bodyB.startsWith("{")) {
      return false;
    }
    JsonNode first = JSON.readTree(bodyA);
    JsonNode second = JSON.readTree(bodyB);
    JsonNode hitsA = first.get("hits");
    JsonNode hitsB = second.get("hits");
    if (hitsA == null || hitsB == null || !hitsA.isArray() || hitsA.size() != hitsB.size() || hitsA.size() <= TAIL) {
      return false;
    }
    java.util.Map<String, JsonNode> byIdA = new java.util.HashMap<>();
    hitsA.forEach(h -> byIdA.put(h.get("id").asString(), h));
    java.util.Map<String, JsonNode> byIdB = new java.util.HashMap<>();
    hitsB.forEach(h -> byIdB.put(h.get("id").asString(), h));
    for (int i = 0; i < hitsA.size(); i++) {
      if (!inTailOrShared(hitsA.get(i), i, hitsA.size(), byIdB) || !inTailOrShared(hitsB.get(i), i, hitsB.size(), byIdA)) {
        return false;
      }
    }
    ((ObjectNode) first).remove("hits");
    ((ObjectNode) second).remove("hits");
    return first.equals(second);
  }

  private static boolean inTailOrShared(JsonNode hit, int position, int size, java.util.Map<String, JsonNode> other) {
    JsonNode twin = other.get(hit.get("id").asString());
    return twin != null ? twin.equals(hit) : position >= size - TAIL;
  }

  private static boolean close(JsonNode a, JsonNode b, String name) {
    if (a.isNumber() && b.isNumber() && RANKING_VALUES.contains(name)) {
      double x = a.asDouble();
      double y = b.asDouble();
      return Math.abs(x - y) <= RANKING_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
    }
    if (a.isObject() && b.isObject()) {
      if (!Set.copyOf(a.propertyNames()).equals(Set.copyOf(b.propertyNames()))) {
        return false;
      }
      return a.propertyNames().stream().allMatch(field -> close(a.get(field), b.get(field), field));
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!close(a.get(i), b.get(i), name)) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static JsonNode sortArrays(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        object.set(name, sortArrays(object.get(name)));
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      List<JsonNode> items = new ArrayList<>();
      array.forEach(item -> items.add(sortArrays(item)));
      if (items.stream().allMatch(item -> item.has("id") || item.has("memberId"))) {
        items.sort((a, b) -> a.toString().compareTo(b.toString()));
      }
      ArrayNode sorted = JSON.createArrayNode();
      items.forEach(sorted::add);
      return sorted;
    }
    return node;
  }
}
