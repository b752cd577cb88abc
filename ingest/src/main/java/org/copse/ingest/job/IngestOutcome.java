package org.copse.ingest.job;

import java.util.List;
import java.util.Objects;
import org.copse.index.Contribution;
import org.copse.index.Member;
import org.copse.ingest.source.SkipReason;

/** What processing made of one item; the writer acts on it. */
sealed interface IngestOutcome {

  /** The contribution's id (or the item's location when it never became one). */
  String key();

  /**
   * New or changed: index it, store it, remember its hash.
   *
   * @param contribution what to index and store
   * @param authors members found in the content (file metadata) to add to the directory if missing
   */
  record Upsert(Contribution contribution, List<Member> authors) implements IngestOutcome {
    public Upsert {
      Objects.requireNonNull(contribution, "contribution");
      authors = List.copyOf(authors);
    }

    @Override
    public String key() {
      return contribution.id();
    }
  }

  /** Same content hash as last time: only remember that the source still has it. */
  record Unchanged(String id, String contentHash) implements IngestOutcome {
    @Override
    public String key() {
      return id;
    }
  }

  /** Bad input, with a reason the report counts. */
  record Skipped(String location, SkipReason reason, String detail) implements IngestOutcome {
    @Override
    public String key() {
      return location;
    }
  }

  /** An unexpected error on this item (a bug or an outage), by exception type. */
  record Failed(String location, String reason, String detail) implements IngestOutcome {
    @Override
    public String key() {
      return location;
    }
  }
}
