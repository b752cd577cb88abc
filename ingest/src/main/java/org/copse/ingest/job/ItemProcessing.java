package org.copse.ingest.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copse.index.Contribution;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.ingest.clean.TextCleaner;
import org.copse.ingest.enrich.Enricher;
import org.copse.ingest.enrich.Enrichment;
import org.copse.ingest.extract.ExtractedDocument;
import org.copse.ingest.extract.ExtractionResult;
import org.copse.ingest.extract.Extractor;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SourceItem;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns one source item into what the writer must do: nothing new when its content hash is the one
 * the ledger remembers; otherwise extract (for files), clean, enrich. Bad input becomes a skip with
 * its reason; an unexpected exception becomes a failure by exception type, so that one item never
 * stops the job. Thread safe: the step calls it from several threads at once.
 */
final class ItemProcessing implements ItemProcessor<SourceItem, IngestOutcome> {
  /** Member ids made from author names found in file metadata. */
  static final String AUTHOR_PREFIX = "author:";

  private final String sourceName;
  private final IngestLedger ledger;
  private final Extractor extractor;
  private final TextCleaner cleaner;
  private final Enricher enricher;
  private final StageMetrics metrics;
  private final EnrichmentCounts enrichmentCounts;
  private final boolean full;

  ItemProcessing(String sourceName, IngestLedger ledger, Extractor extractor, TextCleaner cleaner, Enricher enricher,
      StageMetrics metrics, EnrichmentCounts enrichmentCounts, boolean full) {
    this.sourceName = sourceName;
    this.ledger = ledger;
    this.extractor = extractor;
    this.cleaner = cleaner;
    this.enricher = enricher;
    this.metrics = metrics;
    this.enrichmentCounts = enrichmentCounts;
    this.full = full;
  }

  @Override
  public IngestOutcome process(SourceItem item) {
    Contribution draft = item.draft();
    String location = item.file() == null ? draft.id() : item.file().toString();
    try {
      if (!full && !draft.contentHash().isEmpty()
          && ledger.hashOf(sourceName, draft.id()).filter(draft.contentHash()::equals).isPresent()) {
        return new IngestOutcome.Unchanged(draft.id(), draft.contentHash());
      }
      Contribution.Builder contribution = draft.toBuilder();
      List<Member> authors = new ArrayList<>();
      String body = draft.body();
      if (item.file() != null) {
        ExtractionResult result = extract(item.file());
        if (result instanceof ExtractionResult.Failed failed) {
          return new IngestOutcome.Skipped(location, failed.reason(), failed.detail());
        }
        ExtractedDocument document = ((ExtractionResult.Extracted) result).document();
        body = document.fullText();
        applyMetadata(draft, document, contribution, authors);
      }
      body = cleaner.clean(body);
      if (body.isBlank() && draft.title().isBlank()) {
        return new IngestOutcome.Skipped(location, SkipReason.EMPTY, "no text after cleaning");
      }
      contribution.body(body);
      enrich(body, contribution);
      return new IngestOutcome.Upsert(contribution.build(), authors);
    } catch (RuntimeException e) {
      return new IngestOutcome.Failed(location, e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    }
  }

  private ExtractionResult extract(Path file) {
    long start = System.nanoTime();
    ExtractionResult result = extractor.extract(file);
    metrics.extract.add(1, size(file), System.nanoTime() - start);
    return result;
  }

  private void enrich(String body, Contribution.Builder contribution) {
    long start = System.nanoTime();
    Enrichment enrichment = enricher.enrich(body);
    enrichmentCounts.count(enrichment);
    if (enrichment.outcome() == Enrichment.Outcome.DISABLED) {
      return;
    }
    metrics.enrich.add(1, body.getBytes(StandardCharsets.UTF_8).length, System.nanoTime() - start);
    metrics.enrichTokens.add(enrichment.tokens());
    if (enrichment.outcome() == Enrichment.Outcome.ENRICHED) {
      contribution.entities(enrichment.entities()).keyPhrases(enrichment.keyPhrases());
    }
  }

  /** Title, authors, dates and language from the file where it says, else what the source knew. */
  private static void applyMetadata(Contribution draft, ExtractedDocument document, Contribution.Builder into,
      List<Member> members) {
    if (!document.title().isBlank()) {
      into.title(document.title());
    }
    if (draft.contributors().isEmpty() && !document.authors().isEmpty()) {
      List<Contributor> authors = new ArrayList<>();
      for (String author : document.authors()) {
        String id = authorId(author);
        if (id != null && authors.stream().noneMatch(a -> a.memberId().equals(id))) {
          authors.add(Contributor.of(id, ContributorRole.AUTHOR));
          members.add(new Member(id, author, "", ""));
        }
      }
      into.contributors(authors);
    }
    Instant created = document.created() != null ? document.created() : draft.created();
    Instant updated = document.modified() != null ? document.modified() : draft.updated();
    into.created(created).updated(updated.isBefore(created) ? created : updated);
    if (!document.language().isEmpty()) {
      into.language(document.language());
    }
  }

  /** A member id for an author name from metadata, or null when the name has no letters. */
  static @Nullable String authorId(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? null : AUTHOR_PREFIX + slug;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
