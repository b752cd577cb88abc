package org.copse.web.facilitation.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small SVG charts for the health page: stacked weekly bars and weekly lines. Presentation attributes
 * only (no style attributes or scripts, so the page's Content-Security-Policy holds), every text
 * escaped, a title for screen readers; each chart has a table of the same figures beside it.
 */
final class SvgCharts {
  static final List<String> COLOURS = List.of("#1d70b8", "#00703c", "#f47738", "#912b88", "#d4351c", "#505a5f");
  private static final int WIDTH = 640;
  private static final int HEIGHT = 220;
  private static final int LEFT = 40;
  private static final int RIGHT = 10;
  private static final int TOP = 10;
  private static final int BOTTOM = 50;

  private SvgCharts() {}

  /** Bars per x label, each stacked from the series in order. */
  static String stackedBars(String id, String title, List<String> labels, Map<String, List<Long>> series) {
    long max = 1;
    for (int i = 0; i < labels.size(); i++) {
      long sum = 0;
      for (List<Long> values : series.values()) {
        sum += values.get(i);
      }
      max = Math.max(max, sum);
    }
    StringBuilder svg = open(id, title);
    axis(svg, max);
    double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, labels.size());
    for (int i = 0; i < labels.size(); i++) {
      double y = HEIGHT - BOTTOM;
      int colour = 0;
      for (Map.Entry<String, List<Long>> s : series.entrySet()) {
        long value = s.getValue().get(i);
        double h = plotHeight() * value / max;
        if (value > 0) {
          y -= h;
          svg.append(String.format(Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>",
              LEFT + i * slot + slot * 0.15, y, slot * 0.7, h, COLOURS.get(colour % COLOURS.size()),
              escape(labels.get(i)), escape(s.getKey()), value));
        }
        colour++;
      }
    }
    xLabels(svg, labels, slot);
    return close(svg, series.keySet().stream().toList());
  }

  /** One line per series over the x labels. */
  static String lines(String id, String title, List<String> labels, Map<String, List<Long>> series) {
    long max = 1;
    for (List<Long> values : series.values()) {
      for (long v : values) {
        max = Math.max(max, v);
      }
    }
    StringBuilder svg = open(id, title);
    axis(svg, max);
    double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, labels.size());
    int colour = 0;
    for (Map.Entry<String, List<Long>> s : series.entrySet()) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < labels.size(); i++) {
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + i * slot + slot / 2,
            HEIGHT - BOTTOM - plotHeight() * s.getValue().get(i) / max));
      }
      svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(COLOURS.get(colour % COLOURS.size()))
          .append("\" points=\"").append(points.toString().strip()).append("\"><title>").append(escape(s.getKey()))
          .append("</title></polyline>");
      colour++;
    }
    xLabels(svg, labels, slot);
    return close(svg, series.keySet().stream().toList());
  }

  private static double plotHeight() {
    return HEIGHT - TOP - BOTTOM;
  }

  private static StringBuilder open(String id, String title) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT + 20).append("\" aria-labelledby=\"").append(escape(id))
        .append("-title\"><title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
    return svg;
  }

  private static void axis(StringBuilder svg, long max) {
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\"/>",
        LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%d</text>",
        LEFT - 4, TOP + 8, max));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">0</text>",
        LEFT - 4, HEIGHT - BOTTOM));
  }

  private static void xLabels(StringBuilder svg, List<String> labels, double slot) {
    for (int i = 0; i < labels.size(); i++) {
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>", LEFT + i * slot + slot / 2,
          HEIGHT - BOTTOM + 14, escape(shortWeek(labels.get(i)))));
    }
  }

  private static String close(StringBuilder svg, List<String> legend) {
    double x = LEFT;
    for (int i = 0; i < legend.size(); i++) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", x,
          HEIGHT - 22, COLOURS.get(i % COLOURS.size())));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>", x + 14,
          HEIGHT - 13, escape(legend.get(i))));
      x += 20 + 7 * legend.get(i).length();
    }
    return svg.append("</svg>").toString();
  }

  /** "2026-W48" → "W48": the year is in the table. */
  private static String shortWeek(String week) {
    int w = week.indexOf("-W");
    return w < 0 ? week : week.substring(w + 1);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
