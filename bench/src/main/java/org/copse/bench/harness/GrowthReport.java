package org.copse.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each figure grows with size: reads result files written at several sizes (the JSON of
 * {@link ResultTable}), and for every metric measured at two sizes or more fits the exponent b of
 * cost ∝ size^b by least squares on logarithms. Cost is the figure itself for times and sizes, and
 * its inverse for rates (a rate that halves is a cost that doubles), so b = 1 means each
 * operation costs in proportion to the size ("linear"), b = 0 that it costs the same ("flat").
 */
public final class GrowthReport {
  private static final Pattern RESULT = Pattern.compile("\\{\"workload\": (\"(?:[^\"\\\\]|\\\\.)*\"), "
      + "\"metric\": (\"(?:[^\"\\\\]|\\\\.)*\"), \"unit\": (\"(?:[^\"\\\\]|\\\\.)*\"), "
      + "\"engine\": (\"(?:[^\"\\\\]|\\\\.)*\"), \"median\": ([^,]+),");

  private final String sizeName;
  private final Map<String, Series> series = new TreeMap<>();
  private final Set<Long> sizes = new TreeSet<>();
  private final List<String> sources = new ArrayList<>();

  /** One metric of one engine across sizes. */
  private record Series(String workload, String metric, String unit, String engine, Map<Long, Double> values) {}

  public GrowthReport(String sizeName) {
    this.sizeName = sizeName;
  }

  /** Adds every result of a JSON result file measured at {@code size}. */
  public GrowthReport add(long size, Path json) throws IOException {
    sizes.add(size);
    sources.add(String.format(Locale.ROOT, "%,d: %s", size, json.getFileName()));
    Matcher m = RESULT.matcher(Files.readString(json));
    while (m.find()) {
      String workload = unquote(m.group(1));
      String metric = unquote(m.group(2));
      String unit = unquote(m.group(3));
      String engine = unquote(m.group(4));
      if (m.group(5).equals("null")) {
        continue;
      }
      double median = Double.parseDouble(m.group(5));
      series.computeIfAbsent(workload + "\u0000" + metric + "\u0000" + engine,
          k -> new Series(workload, metric, unit, engine, new TreeMap<>())).values().put(size, median);
    }
    return this;
  }

  /** The exponent b of cost ∝ size^b, by least squares on logarithms; NaN with fewer than two sizes. */
  static double exponent(Map<Long, Double> values, boolean rate) {
    List<double[]> points = new ArrayList<>();
    values.forEach((size, value) -> {
      if (value > 0) {
        points.add(new double[] {Math.log(size), Math.log(rate ? 1 / value : value)});
      }
    });
    if (points.size() < 2) {
      return Double.NaN;
    }
    double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
    double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (double[] p : points) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
    }
    return sxx == 0 ? Double.NaN : sxy / sxx;
  }

  /** Words for an exponent: flat, sub-linear, linear or super-linear, with the exponent. */
  static String describe(double b) {
    if (Double.isNaN(b)) {
      return "–";
    }
    String exponent = String.format(Locale.ROOT, "n^%.2f", b);
    if (b < 0.15) {
      return "flat (" + exponent + ")";
    }
    if (b < 0.85) {
      return "sub-linear (" + exponent + ")";
    }
    if (b <= 1.15) {
      return "linear (" + exponent + ")";
    }
    return "super-linear (" + exponent + ")";
  }

  static boolean isRate(String unit) {
    return unit.startsWith("1/") || unit.endsWith("/s");
  }

  public String markdown() {
    StringBuilder md = new StringBuilder("# How Copse's costs grow with the number of " + sizeName + "\n\n");
    md.append("| workload | metric | engine | unit |");
    sizes.forEach(n -> md.append(String.format(Locale.ROOT, " %,d |", n)));
    md.append(" growth of the cost |\n|---|---|---|---|");
    md.append("---:|".repeat(sizes.size())).append("---|\n");
    for (Series s : series.values()) {
      if (s.values().size() < 2) {
        continue;
      }
      md.append("| ").append(s.workload()).append(" | ").append(s.metric()).append(" | ").append(s.engine())
          .append(" | ").append(s.unit()).append(" |");
      for (long n : sizes) {
        Double v = s.values().get(n);
        md.append(' ').append(v == null ? "–" : ResultTable.format(v)).append(" |");
      }
      md.append(' ').append(describe(exponent(s.values(), isRate(s.unit())))).append(" |\n");
    }
    md.append("\nGrowth: the exponent b of cost ∝ n^b fitted by least squares on logarithms, where the cost is the "
        + "figure for times and sizes and its inverse for rates (per operation). flat: b < 0.15; sub-linear: "
        + "b < 0.85; linear: b ≤ 1.15. Sources: ").append(String.join("; ", sources)).append(".\n");
    return md.toString();
  }

  public String json() {
    StringBuilder json = new StringBuilder("{\n  \"size\": ").append(ResultTable.quote(sizeName)).append(",\n  \"series\": [");
    List<String> entries = new ArrayList<>();
    for (Series s : series.values()) {
      if (s.values().size() < 2) {
        continue;
      }
      List<String> points = new ArrayList<>();
      s.values().forEach((n, v) -> points.add(String.format(Locale.ROOT, "{\"size\": %d, \"median\": %.6g}", n, v)));
      double b = exponent(s.values(), isRate(s.unit()));
      entries.add(String.format(Locale.ROOT,
          "\n    {\"workload\": %s, \"metric\": %s, \"engine\": %s, \"unit\": %s, \"points\": [%s], \"exponent\": %s, \"growth\": %s}",
          ResultTable.quote(s.workload()), ResultTable.quote(s.metric()), ResultTable.quote(s.engine()),
          ResultTable.quote(s.unit()), String.join(", ", points),
          Double.isNaN(b) ? "null" : String.format(Locale.ROOT, "%.3f", b), ResultTable.quote(describe(b))));
    }
    json.append(String.join(",", entries)).append("\n  ]\n}\n");
    return json.toString();
  }

  public void write(Path folder, String name) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(name + ".md"), markdown());
    Files.writeString(folder.resolve(name + ".json"), json());
  }

  private static String unquote(String quoted) {
    String inner = quoted.substring(1, quoted.length() - 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length()) {
        char next = inner.charAt(++i);
        switch (next) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            out.append((char) Integer.parseInt(inner.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
