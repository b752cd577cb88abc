package org.copse.index.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes stop words without leaving position gaps, so that "freedom of information" indexes as
 * the adjacent pair "freedom information". Synonym rules are parsed with this filter too, which
 * lets multi-word synonyms that contain stop words match both typed and indexed text, and lets
 * phrases match whether or not the person typed the small words.
 */
final class DroppingStopFilter extends TokenFilter {
  private final CharArraySet stopWords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  DroppingStopFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (!stopWords.contains(term.buffer(), 0, term.length())) {
        return true;
      }
    }
    return false;
  }
}
