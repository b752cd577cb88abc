package org.copse.index.lucene;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.copse.index.Contribution;
import org.copse.index.SearchHit;

/** Rebuilds contributions and hits from stored fields. */
final class StoredContributions {

  private static final Set<String> WITHOUT_BODY = Set.of(Fields.ID, Fields.TITLE, Fields.META);
  private static final Set<String> WITH_BODY = Set.of(Fields.ID, Fields.TITLE, Fields.META, Fields.BODY);

  private StoredContributions() {}

  /** The contribution exactly as it was indexed. */
  static Contribution read(StoredFields stored, int doc) throws IOException {
    return decode(stored.document(doc, WITH_BODY), true);
  }

  /** The contribution with an empty body: enough for a hit, and cheaper. */
  static Contribution readWithoutBody(StoredFields stored, int doc) throws IOException {
    return decode(stored.document(doc, WITHOUT_BODY), false);
  }

  static SearchHit hit(Contribution c, String snippetHtml) {
    return new SearchHit(c.id(), c.kind(), c.communityId(), c.title(), snippetHtml, c.memberIds(), c.tags(),
        c.created(), c.updated(), c.threadId(), c.sourceUrl());
  }

  private static Contribution decode(Document doc, boolean withBody) {
    String id = doc.get(Fields.ID);
    BytesRef meta = doc.getBinaryValue(Fields.META);
    if (id == null || meta == null) {
      throw new IllegalStateException("a stored document lacks its id or meta fields: the index is not a Copse index");
    }
    String title = doc.get(Fields.TITLE);
    String body = withBody ? doc.get(Fields.BODY) : "";
    return ContributionCodec.decode(id, title == null ? "" : title, body == null ? "" : body, meta);
  }
}
