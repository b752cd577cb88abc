package org.copse.web.search;

/** Turns a {@link org.copse.index.SearchHit#snippetHtml()} back into plain text, for the command line. */
public final class Snippets {
  private Snippets() {}

  /**
   * Drops the {@code <mark>} tags, undoes the escaping the index applied (nothing else is markup)
   * and puts the text on one line.
   */
  public static String toText(String snippetHtml) {
    return snippetHtml.replace("<mark>", "").replace("</mark>", "").replaceAll("\\s+", " ").strip()
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&#x27;", "'").replace("&amp;", "&");
  }
}
