package org.copse.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything one run measured, written as a Markdown table for people and JSON for tools. Each row
 * is one metric, with the median of every engine and the ratio of each other engine to the
 * baseline (the first engine), all measured in the same run.
 */
public final class ResultTable {
  private final String title;
  private final String baseline;
  private final List<String> candidates;
  private final List<Result> results = new ArrayList<>();
  private final Map<String, String> facts = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  /** A table whose first engine is the baseline the others are divided by. */
  public ResultTable(String title, List<String> engines) {
    if (engines.isEmpty()) {
      throw new IllegalArgumentException("a result table needs at least a baseline engine");
    }
    this.title = title;
    this.baseline = engines.get(0);
    this.candidates = List.copyOf(engines.subList(1, engines.size()));
  }

  public synchronized void add(Result result) {
    results.add(result);
  }

  /** A fact about the run that belongs to no engine (corpus size, queries, machine load). */
  public synchronized void fact(String name, String value) {
    facts.put(name, value);
  }

  public synchronized void note(String note) {
    notes.add(note);
  }

  public synchronized List<Result> results() {
    return List.copyOf(results);
  }

  public synchronized Map<String, String> facts() {
    return Map.copyOf(facts);
  }

  /** The median of one metric for one engine, if measured. */
  public synchronized Optional<Result> find(String workload, String metric, String engine) {
    return results.stream()
        .filter(r -> r.workload().equals(workload) && r.metric().equals(metric) && r.engine().equals(engine))
        .findFirst();
  }

  /** Writes {@code <name>.md} and {@code <name>.json} into the folder. */
  public synchronized void write(Path folder, String name) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(name + ".md"), markdown());
    Files.writeString(folder.resolve(name + ".json"), json());
  }

  public synchronized String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    md.append("| workload | metric | unit | ").append(baseline);
    candidates.forEach(c -> md.append(" | ").append(c));
    candidates.forEach(c -> md.append(" | ").append(c).append(" / ").append(baseline));
    md.append(" |\n|---|---|---|---:");
    md.append("|---:".repeat(candidates.size() * 2)).append("|\n");
    for (Row row : rows()) {
      md.append("| ").append(row.workload).append(" | ").append(row.metric).append(" | ").append(row.unit)
          .append(" | ").append(cell(row.values.get(baseline)));
      candidates.forEach(c -> md.append(" | ").append(cell(row.values.get(c))));
      candidates.forEach(c -> md.append(" | ").append(row.ratio(baseline, c).map(r -> format(r) + "×").orElse("–")));
      md.append(" |\n");
    }
    md.append("\nMedian of the repeats, [min–max] where there were several; every ratio compares figures "
        + "measured in this run.\n");
    if (!facts.isEmpty()) {
      md.append("\n| fact | value |\n|---|---|\n");
      facts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    }
    if (!notes.isEmpty()) {
      md.append('\n');
      notes.forEach(n -> md.append("- ").append(n).append('\n'));
    }
    return md.toString();
  }

  public synchronized String json() {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"title\": ").append(quote(title)).append(",\n");
    json.append("  \"baseline\": ").append(quote(baseline)).append(",\n");
    json.append("  \"candidates\": [").append(String.join(", ", candidates.stream().map(ResultTable::quote).toList())).append("],\n");
    json.append("  \"facts\": {");
    List<String> factEntries = new ArrayList<>();
    facts.forEach((k, v) -> factEntries.add("\n    " + quote(k) + ": " + quote(v)));
    json.append(String.join(",", factEntries)).append(factEntries.isEmpty() ? "},\n" : "\n  },\n");
    json.append("  \"results\": [");
    List<String> resultEntries = new ArrayList<>();
    for (Result r : results) {
      resultEntries.add(String.format(Locale.ROOT,
          "\n    {\"workload\": %s, \"metric\": %s, \"unit\": %s, \"engine\": %s, \"median\": %s, \"min\": %s, \"max\": %s, \"repeats\": %d}",
          quote(r.workload()), quote(r.metric()), quote(r.unit()), quote(r.engine()),
          number(r.median()), number(r.min()), number(r.max()), r.repeats()));
    }
    json.append(String.join(",", resultEntries)).append(resultEntries.isEmpty() ? "],\n" : "\n  ],\n");
    json.append("  \"ratios\": [");
    List<String> ratioEntries = new ArrayList<>();
    for (Row row : rows()) {
      for (String candidate : candidates) {
        row.ratio(baseline, candidate).ifPresent(ratio -> ratioEntries.add(String.format(Locale.ROOT,
            "\n    {\"workload\": %s, \"metric\": %s, \"engine\": %s, \"ratio\": %s}",
            quote(row.workload), quote(row.metric), quote(candidate), number(ratio))));
      }
    }
    json.append(String.join(",", ratioEntries)).append(ratioEntries.isEmpty() ? "],\n" : "\n  ],\n");
    json.append("  \"notes\": [");
    json.append(String.join(",", notes.stream().map(n -> "\n    " + quote(n)).toList()));
    json.append(notes.isEmpty() ? "]\n" : "\n  ]\n");
    return json.append("}\n").toString();
  }

  private List<Row> rows() {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (Result r : results) {
      Row row = rows.computeIfAbsent(r.workload() + "\u0000" + r.metric(), k -> new Row(r.workload(), r.metric(), r.unit()));
      row.values.put(r.engine(), r);
    }
    return List.copyOf(rows.values());
  }

  private static String cell(@Nullable Result r) {
    if (r == null) {
      return "–";
    }
    if (r.repeats() == 1 || r.min() == r.max()) {
      return format(r.median());
    }
    return format(r.median()) + " [" + format(r.min()) + "–" + format(r.max()) + "]";
  }

  /** Three significant digits, thousands separated: enough for figures that vary by 5–10%. */
  static String format(double value) {
    if (value == 0) {
      return "0";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (magnitude >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String number(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value) : "null";
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
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

  private record Row(String workload, String metric, String unit, Map<String, Result> values) {
    Row(String workload, String metric, String unit) {
      this(workload, metric, unit, new LinkedHashMap<>());
    }

    Optional<Double> ratio(String baseline, String candidate) {
      Result base = values.get(baseline);
      Result other = values.get(candidate);
      if (base == null || other == null || base.median() == 0) {
        return Optional.empty();
      }
      return Optional.of(other.median() / base.median());
    }
  }
}
