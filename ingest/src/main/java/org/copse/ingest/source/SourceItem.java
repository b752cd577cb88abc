package org.copse.ingest.source;

import java.nio.file.Path;
import java.util.Objects;
import org.copse.index.Contribution;
import org.jspecify.annotations.Nullable;

/**
 * One item read from a source, before extraction and enrichment.
 *
 * @param draft the contribution as far as the source knows it; for a file still to be extracted its
 *     title and body may be empty and are filled in by extraction
 * @param file the file whose content must be extracted (library documents), or null when the draft
 *     already carries the text
 */
public record SourceItem(Contribution draft, @Nullable Path file) {
  public SourceItem {
    Objects.requireNonNull(draft, "draft");
  }

  public static SourceItem of(Contribution draft) {
    return new SourceItem(draft, null);
  }
}
