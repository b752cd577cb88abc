package org.copse.index.elasticsearch;

import java.util.List;

/** Snippet HTML: escaped text in which only {@code <mark>} and {@code </mark>} are markup. */
final class Snippets {
  static final String PRE = "<mark>";
  static final String POST = "</mark>";
  /** Characters in an unmarked excerpt and, roughly, in each highlighted fragment. */
  static final int LENGTH = 200;
  private static final String JOIN = " … ";

  private Snippets() {}

  /** Highlighted fragments, already escaped by the server's html encoder, joined. */
  static String fromFragments(List<String> fragments) {
    return String.join(JOIN, fragments);
  }

  /** The start of the body, escaped, cut at a word boundary. */
  static String leading(String body) {
    String text = body.strip();
    if (text.length() > LENGTH) {
      int cut = text.lastIndexOf(' ', LENGTH);
      text = text.substring(0, cut > LENGTH / 2 ? cut : LENGTH) + "…";
    }
    return escape(text);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
