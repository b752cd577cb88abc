package org.copse.ingest.extract;

import java.util.Objects;
import org.copse.ingest.source.SkipReason;

/** The outcome of extracting one file: a document, or the reason it was skipped. */
public sealed interface ExtractionResult {

  /** Text was extracted. */
  record Extracted(ExtractedDocument document) implements ExtractionResult {
    public Extracted {
      Objects.requireNonNull(document, "document");
    }
  }

  /** The file cannot be indexed, for a reason the report counts. */
  record Failed(SkipReason reason, String detail) implements ExtractionResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }

  static ExtractionResult failed(SkipReason reason, String detail) {
    return new Failed(reason, detail);
  }
}
