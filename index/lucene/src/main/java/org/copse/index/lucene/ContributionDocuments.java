package org.copse.index.lucene;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.copse.index.Contribution;
import org.copse.index.SearchField;

/** Maps a {@link Contribution} to the Lucene document this adapter stores; see {@link Fields}. */
final class ContributionDocuments {

  /** Longer keyword values are left out of filters and facets (Lucene's term limit is 32 KB). */
  static final int MAX_KEYWORD_CHARS = 500;
  /** Titles longer than this are cut before they become completion terms. */
  static final int MAX_SUGGEST_CHARS = 200;
  /** A title gives completion terms from its first this many words. */
  static final int MAX_SUGGEST_WORDS = 12;

  private static final FieldType SPELLING_TYPE = new FieldType();

  static {
    SPELLING_TYPE.setIndexOptions(IndexOptions.DOCS);
    SPELLING_TYPE.setTokenized(true);
    SPELLING_TYPE.setOmitNorms(true);
    SPELLING_TYPE.freeze();
  }

  private ContributionDocuments() {}

  static Document toDocument(Contribution c) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, c.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(c.id())));
    doc.add(new StringField(Fields.ACCESS, c.communityId(), Field.Store.NO));
    doc.add(new StringField(Fields.THREAD, c.threadId(), Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.THREAD, new BytesRef(c.threadId())));

    doc.add(new TextField(Fields.TITLE, c.title(), Field.Store.YES));
    doc.add(new StoredField(Fields.BODY, c.body()));
    for (String text : searchableText(c)) {
      doc.add(new TextField(Fields.ALL, text, Field.Store.NO));
      doc.add(new Field(Fields.SPELLING, text, SPELLING_TYPE));
    }
    addSuggestions(doc, c);

    long created = c.created().toEpochMilli();
    doc.add(new LongPoint(Fields.CREATED, created));
    doc.add(new NumericDocValuesField(Fields.CREATED, created));
    doc.add(new NumericDocValuesField(Fields.VOTES, c.score()));
    doc.add(new BinaryDocValuesField(Fields.CONTRIBUTORS, ContributionCodec.encodeContributors(c.contributors())));
    doc.add(new StoredField(Fields.META, ContributionCodec.encodeMeta(c)));

    for (SearchField field : SearchField.values()) {
      for (String value : keywordValues(c, field)) {
        doc.add(new StringField(Fields.filter(field), normalise(value), Field.Store.NO));
        doc.add(new SortedSetDocValuesField(Fields.facet(field), new BytesRef(value)));
      }
    }
    return doc;
  }

  /** How a filter value is compared: lower case, trimmed. */
  static String normalise(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  /** The values a contribution has for a field, distinct, in order, as facets show them. */
  static Set<String> keywordValues(Contribution c, SearchField field) {
    List<String> values = switch (field) {
      case COMMUNITY -> List.of(c.communityId());
      case TYPE -> List.of(c.kind().code());
      case AUTHOR -> c.memberIds();
      case TAG -> c.tags();
      case ENTITY -> c.entities();
      case YEAR -> List.of(String.valueOf(c.created().atZone(ZoneOffset.UTC).getYear()));
    };
    Set<String> kept = new LinkedHashSet<>();
    for (String value : values) {
      if (!value.isBlank() && value.length() <= MAX_KEYWORD_CHARS) {
        kept.add(value);
      }
    }
    return kept;
  }

  private static List<String> searchableText(Contribution c) {
    List<String> texts = new ArrayList<>();
    texts.add(c.title());
    texts.add(c.body());
    texts.addAll(c.tags());
    texts.addAll(c.entities());
    texts.addAll(c.keyPhrases());
    return texts;
  }

  /**
   * Completion terms: the title from each of its first words on (so "repairs" completes "Housing
   * repairs policy"), and each key phrase whole; the display forms go to doc values.
   */
  private static void addSuggestions(Document doc, Contribution c) {
    Set<String> terms = new LinkedHashSet<>();
    Set<String> displays = new LinkedHashSet<>();
    String title = Suggestions.normalise(c.title());
    if (!title.isEmpty() && title.length() <= MAX_SUGGEST_CHARS) {
      displays.add(c.title().strip().replaceAll("\\s+", " "));
      terms.addAll(Suggestions.wordStarts(title, MAX_SUGGEST_WORDS));
    }
    for (String phrase : c.keyPhrases()) {
      String normal = Suggestions.normalise(phrase);
      if (!normal.isEmpty() && normal.length() <= MAX_SUGGEST_CHARS) {
        displays.add(phrase.strip().replaceAll("\\s+", " "));
        terms.add(normal);
      }
    }
    terms.forEach(term -> doc.add(new StringField(Fields.SUGGEST, term, Field.Store.NO)));
    displays.forEach(display -> doc.add(new SortedSetDocValuesField(Fields.SUGGEST_DISPLAY, new BytesRef(display))));
  }
}
