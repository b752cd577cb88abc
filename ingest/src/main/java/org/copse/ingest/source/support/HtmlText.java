package org.copse.ingest.source.support;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML fragment into readable plain text: block elements become line breaks, code blocks
 * ({@code pre}) keep their text and line breaks, scripts and styles go, runs of blank lines shrink
 * to one.
 */
public final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "pre", "blockquote",
      "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "hr", "dd", "dt", "dl", "section", "article",
      "header", "footer", "figure", "figcaption");
  private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "object", "embed");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+\\n");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]+\\n");
  private static final Pattern MANY_BREAKS = Pattern.compile("\\n{3,}");

  private HtmlText() {}

  /** The plain text of {@code html}; empty for blank input. */
  public static String toText(String html) {
    if (html.isBlank()) {
      return "";
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select(String.join(",", DROPPED)).remove();
    StringBuilder out = new StringBuilder(html.length());
    body.traverse(new NodeVisitor() {
      private int preDepth;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          if (preDepth > 0) {
            out.append(text.getWholeText());
          } else {
            String normal = WHITESPACE.matcher(text.getWholeText()).replaceAll(" ");
            if (normal.startsWith(" ") && (out.isEmpty() || Character.isWhitespace(out.charAt(out.length() - 1)))) {
              normal = normal.substring(1);
            }
            out.append(normal);
          }
        } else if (node instanceof Element element) {
          if (element.nameIs("pre")) {
            preDepth++;
          }
          if (BLOCKS.contains(element.normalName())) {
            out.append('\n');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element) {
          if (element.nameIs("pre")) {
            preDepth--;
          }
          if (BLOCKS.contains(element.normalName())) {
            out.append('\n');
          }
        }
      }
    });
    return tidy(out.toString());
  }

  /** Trims each line's trailing spaces and collapses three or more line breaks to two. */
  public static String tidy(String text) {
    String tidy = TRAILING_SPACE.matcher(text).replaceAll("\n");
    tidy = BLANK_LINE.matcher(tidy).replaceAll("\n\n");
    return MANY_BREAKS.matcher(tidy).replaceAll("\n\n").strip();
  }
}
