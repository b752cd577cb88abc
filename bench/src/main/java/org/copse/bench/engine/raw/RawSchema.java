package org.copse.bench.engine.raw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.copse.bench.corpus.Population;
import org.copse.index.Contribution;

/** The raw baseline's fields: what is searched, filtered, counted, and shown for a hit. */
final class RawSchema {
  static final String ID = "id";
  /** Title, body and tags, analysed: what words match (as Copse's own "all" field). */
  static final String ALL = "all";
  /** The title, analysed and stored: matched again for a title boost, and shown. */
  static final String TITLE = "title";
  /** The body, stored only: the highlighter re-analyses it. */
  static final String BODY = "body";
  static final String COMMUNITY = "community";
  /** The community as a dense number, so the access check is an array lookup per hit. */
  static final String COMMUNITY_NUMBER = "community_no";
  static final String KIND = "kind";
  static final String KIND_NUMBER = "kind_no";
  static final String AUTHOR = "author";
  static final String TAG = "tag";
  static final String CREATED = "created";
  static final String THREAD = "thread";
  /** Fields a hit shows, as Copse's {@code SearchHit} does (the body only through its snippet). */
  static final Set<String> HIT_FIELDS = Set.of(ID, TITLE, COMMUNITY, KIND, AUTHOR, TAG, CREATED, THREAD);

  private RawSchema() {}

  static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  static Document document(Contribution c) {
    Document doc = new Document();
    doc.add(new StringField(ID, c.id(), Field.Store.YES));
    doc.add(new TextField(ALL, c.title(), Field.Store.NO));
    doc.add(new TextField(ALL, c.body(), Field.Store.NO));
    for (String tag : c.tags()) {
      doc.add(new TextField(ALL, tag, Field.Store.NO));
    }
    doc.add(new TextField(TITLE, c.title(), Field.Store.YES));
    doc.add(new StoredField(BODY, c.body()));
    doc.add(new StringField(COMMUNITY, c.communityId(), Field.Store.YES));
    doc.add(new NumericDocValuesField(COMMUNITY_NUMBER, Population.communityNumber(c.communityId())));
    doc.add(new StringField(KIND, c.kind().code(), Field.Store.YES));
    doc.add(new NumericDocValuesField(KIND_NUMBER, c.kind().ordinal()));
    for (String member : c.memberIds()) {
      doc.add(new StringField(AUTHOR, member, Field.Store.YES));
      doc.add(new SortedSetDocValuesField(AUTHOR, new BytesRef(member)));
    }
    for (String tag : c.tags()) {
      doc.add(new StringField(TAG, tag, Field.Store.YES));
    }
    long created = c.created().toEpochMilli();
    doc.add(new LongPoint(CREATED, created));
    doc.add(new NumericDocValuesField(CREATED, created));
    doc.add(new StoredField(CREATED, created));
    doc.add(new StringField(THREAD, c.threadId(), Field.Store.YES));
    return doc;
  }

  /** The indexed terms a typed word becomes in the searched field; empty for a stop word. */
  static List<String> terms(Analyzer analyzer, String word) {
    List<String> terms = new ArrayList<>(1);
    try (TokenStream stream = analyzer.tokenStream(ALL, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse '" + word + "'", e);
    }
    return terms;
  }
}
