package org.copse.index.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * Snippets that are safe HTML: the text is escaped and only matches are wrapped in
 * {@code <mark>}. Matches are found by re-analysing the stored body with the index analyser.
 */
final class Snippets {

  static final String MARK = "<mark>";
  static final String END_MARK = "</mark>";
  private static final String ELLIPSIS = " … ";

  private final Analyzer analyzer;
  private final int snippetChars;
  private final int maxHighlightChars;

  Snippets(Analyzer analyzer, int snippetChars, int maxHighlightChars) {
    this.analyzer = analyzer;
    this.snippetChars = snippetChars;
    this.maxHighlightChars = maxHighlightChars;
  }

  /**
   * One snippet per hit, parallel to {@code hits.scoreDocs}: marked passages of the body when
   * the query matches it, else its opening; an entry is null where the highlighter had nothing.
   */
  @Nullable String[] highlight(IndexSearcher searcher, Query bodyQuery, TopDocs hits) throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new EscapingFormatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.UK), snippetChars, 0.5f))
        .withMaxLength(maxHighlightChars)
        .withHighlightPhrasesStrictly(true)
        .withMaxNoHighlightPassages(1)
        .build();
    return highlighter.highlight(Fields.BODY, bodyQuery, hits, 2);
  }

  /**
   * The opening of a text, white space collapsed, cut at a word near the snippet length, escaped.
   * Reads no further into the body than the snippet needs: bodies run to thousands of words.
   */
  String opening(String body) {
    StringBuilder text = new StringBuilder(snippetChars + 1);
    boolean gap = false;
    for (int i = 0; i < body.length() && text.length() <= snippetChars; i++) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        gap = text.length() > 0;
      } else {
        if (gap) {
          text.append(' ');
          gap = false;
        }
        text.append(c);
      }
    }
    if (text.length() <= snippetChars) {
      return escape(text);
    }
    int cut = text.lastIndexOf(" ", snippetChars);
    return escape(text.substring(0, cut > snippetChars / 2 ? cut : snippetChars)) + " …";
  }

  /** HTML-escapes text for element content and attribute values alike. */
  static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendEscaped(out, text, 0, text.length());
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
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
  }

  /** Escapes everything, marks only the match offsets, joins passages with an ellipsis. */
  private static final class EscapingFormatter extends PassageFormatter {
    @Override
    public String format(Passage[] passages, String content) {
      StringBuilder out = new StringBuilder();
      int lastEnd = 0;
      for (Passage passage : passages) {
        if (out.length() > 0 || passage.getStartOffset() > 0) {
          out.append(out.length() > 0 && passage.getStartOffset() == lastEnd ? " " : out.length() > 0 ? ELLIPSIS : "… ");
        }
        int pos = passage.getStartOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
          int start = Math.max(pos, passage.getMatchStarts()[i]);
          int end = passage.getMatchEnds()[i];
          if (end <= start) {
            continue; // overlaps a match already marked
          }
          appendEscaped(out, content, pos, start);
          out.append(MARK);
          appendEscaped(out, content, start, end);
          out.append(END_MARK);
          pos = end;
        }
        appendEscaped(out, content, pos, passage.getEndOffset());
        lastEnd = passage.getEndOffset();
      }
      String trimmed = out.toString().strip();
      return lastEnd < content.length() && !trimmed.isEmpty() ? trimmed + " …" : trimmed;
    }
  }
}
