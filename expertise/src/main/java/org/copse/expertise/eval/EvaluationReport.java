package org.copse.expertise.eval;

import java.util.Locale;
import java.util.Map;

/**
 * The figures of one evaluation run.
 *
 * @param site a name for the data set
 * @param contributions contributions read
 * @param questions questions in the dump
 * @param testQuestions held-out questions with at least one good answer
 * @param strictQuestions held-out questions with an accepted answer by someone other than the asker
 * @param strictCoverage share of strict questions whose accepted answerer had answered before
 * @param lenientCoverage share of (question, good answerer) pairs where the answerer had answered before
 * @param sliceSizes strict questions per slice
 * @param methods each method's figures, in the order run (baselines first)
 * @param seconds how long the run took
 */
public record EvaluationReport(String site, int contributions, int questions, int testQuestions,
    int strictQuestions, double strictCoverage, double lenientCoverage, Map<String, Integer> sliceSizes,
    Map<String, MethodResult> methods, double seconds) {

  /** The report as JSON, with figures to four decimals. */
  public String toJson() {
    StringBuilder json = new StringBuilder();
    json.append("{\n");
    json.append("  \"site\": ").append(quote(site)).append(",\n");
    json.append("  \"contributions\": ").append(contributions).append(",\n");
    json.append("  \"questions\": ").append(questions).append(",\n");
    json.append("  \"testQuestions\": ").append(testQuestions).append(",\n");
    json.append("  \"strictQuestions\": ").append(strictQuestions).append(",\n");
    json.append("  \"coverage\": {\"strict\": ").append(number(strictCoverage))
        .append(", \"lenient\": ").append(number(lenientCoverage)).append("},\n");
    json.append("  \"sliceSizes\": {");
    appendEntries(json, sliceSizes, String::valueOf);
    json.append("},\n");
    json.append("  \"seconds\": ").append(number(seconds)).append(",\n");
    json.append("  \"methods\": {\n");
    int i = 0;
    for (Map.Entry<String, MethodResult> method : methods.entrySet()) {
      MethodResult result = method.getValue();
      json.append("    ").append(quote(method.getKey())).append(": {\n");
      json.append("      \"strict\": ").append(summary(result.strict())).append(",\n");
      json.append("      \"lenient\": ").append(summary(result.lenient())).append(",\n");
      json.append("      \"strictBySlice\": {");
      appendEntries(json, result.strictBySlice(), EvaluationReport::summary);
      json.append("}\n    }").append(++i < methods.size() ? ",\n" : "\n");
    }
    json.append("  }\n}\n");
    return json.toString();
  }

  private static <V> void appendEntries(StringBuilder json, Map<String, V> map,
      java.util.function.Function<V, String> value) {
    int i = 0;
    for (String key : new java.util.TreeMap<>(map).keySet()) {
      json.append(i++ > 0 ? ", " : "").append(quote(key)).append(": ").append(value.apply(map.get(key)));
    }
  }

  private static String summary(MetricSummary s) {
    return "{\"questions\": " + s.questions() + ", \"mrr\": " + number(s.mrr()) + ", \"p@1\": "
        + number(s.precisionAt1()) + ", \"ndcg@10\": " + number(s.ndcgAt10()) + ", \"recall@100\": "
        + number(s.recallAt100()) + "}";
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
