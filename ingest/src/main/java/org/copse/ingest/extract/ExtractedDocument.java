package org.copse.ingest.extract;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What Tika found in one file.
 *
 * @param title the title from the file's metadata, or empty
 * @param authors the authors from the metadata, in order, without duplicates
 * @param created when the file says it was created, if it says
 * @param modified when the file says it was last changed, if it says
 * @param language an ISO 639-1 code from the metadata, or empty when the file does not say
 * @param contentType the detected media type
 * @param text the main text, without the embedded documents
 * @param parts the embedded documents that were parsed
 * @param truncated whether text was cut off by the write limit or the embedded limits
 */
public record ExtractedDocument(String title, List<String> authors, @Nullable Instant created,
    @Nullable Instant modified, String language, String contentType, String text, List<ExtractedPart> parts,
    boolean truncated) {

  public ExtractedDocument {
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(text, "text");
    parts = List.copyOf(parts);
  }

  /** The main text followed by every part, each under its name. */
  public String fullText() {
    if (parts.isEmpty()) {
      return text;
    }
    StringBuilder all = new StringBuilder(text);
    for (ExtractedPart part : parts) {
      all.append("\n\n").append(part.name()).append("\n").append(part.text());
    }
    return all.toString();
  }

  /** Whether no text at all was found, in the file or its parts. */
  public boolean isBlank() {
    return text.isBlank() && parts.stream().allMatch(p -> p.text().isBlank());
  }
}
