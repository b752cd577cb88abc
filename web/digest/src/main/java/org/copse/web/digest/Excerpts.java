package org.copse.web.digest;

/** Plain-text excerpts from the index's snippets, for emails (which escape them again). */
final class Excerpts {
  /** The longest excerpt, in characters. */
  static final int MAX_LENGTH = 240;

  private Excerpts() {}

  /**
   * Plain text from a snippet: the index promises escaped text where the only markup is
   * {@code <mark>}, so removing that and undoing the five escapes gives the text back.
   */
  static String fromSnippet(String snippetHtml) {
    String text = snippetHtml.replace("<mark>", "").replace("</mark>", "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&#x27;", "'").replace("&amp;", "&");
    return shorten(text.replaceAll("\\s+", " ").strip());
  }

  static String shorten(String text) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
    return text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1) + "…";
  }
}
