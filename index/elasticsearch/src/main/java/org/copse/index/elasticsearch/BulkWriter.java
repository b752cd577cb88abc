package org.copse.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.copse.index.IndexBatch;
import org.copse.index.IndexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch with the bulk API: deletes first, then upserts, in chunks. Items the cluster
 * rejects because it is busy (429) or unavailable (503) are retried with a doubling backoff; any
 * other item failure fails the batch with an {@link IndexException} that names the failed ids and
 * why. Idempotent by id, so a failed batch can be applied again.
 */
final class BulkWriter {
  private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);
  /** Operations per bulk request: large enough to amortise, small enough to stay under ~10 MB. */
  static final int CHUNK = 500;
  private static final int REPORTED_FAILURES = 5;

  private final ElasticsearchClient client;
  private final ElasticsearchSettings settings;

  BulkWriter(ElasticsearchClient client, ElasticsearchSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /** Writes the batch into {@code index} (an alias or a concrete index); does not refresh. */
  void write(String index, IndexBatch batch) {
    List<BulkOperation> operations = new ArrayList<>();
    for (String id : batch.deletes()) {
      operations.add(BulkOperation.of(o -> o.delete(d -> d.id(id))));
    }
    batch.upserts().forEach(c -> operations.add(BulkOperation.of(o -> o.index(i -> i.id(c.id())
        .document(ContributionDocument.of(c))))));
    for (int from = 0; from < operations.size(); from += CHUNK) {
      writeChunk(index, operations.subList(from, Math.min(operations.size(), from + CHUNK)));
    }
  }

  private void writeChunk(String index, List<BulkOperation> chunk) {
    List<BulkOperation> pending = chunk;
    for (int attempt = 0; ; attempt++) {
      BulkResponse response;
      try {
        List<BulkOperation> toSend = pending;
        response = client.bulk(b -> b.index(index).operations(toSend));
      } catch (ElasticsearchException e) {
        if (isRetryable(e.status()) && attempt < settings.maxRetries()) {
          backOff(attempt, pending.size() + " operations refused with " + e.status());
          continue;
        }
        throw new IndexException("bulk write to " + index + " refused with status " + e.status() + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new IndexException("bulk write to " + index + " failed: " + e.getMessage(), e);
      }
      if (!response.errors()) {
        return;
      }
      List<BulkOperation> retry = new ArrayList<>();
      List<Integer> retryStatuses = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        if (item.error() == null) {
          continue;
        }
        if (isRetryable(item.status())) {
          retry.add(pending.get(i));
          retryStatuses.add(item.status());
        } else {
          failed.add(item.id() + " (" + item.status() + " " + item.error().type() + ": " + item.error().reason() + ")");
        }
      }
      if (!failed.isEmpty()) {
        throw new IndexException(failed.size() + " of " + items.size() + " writes to " + index + " failed, first: "
            + String.join("; ", failed.subList(0, Math.min(REPORTED_FAILURES, failed.size()))));
      }
      if (attempt >= settings.maxRetries()) {
        throw new IndexException(retry.size() + " writes to " + index + " were still refused as busy after "
            + settings.maxRetries() + " retries");
      }
      backOff(attempt, retry.size() + " items refused with " + retryStatuses.stream().distinct().toList());
      pending = retry;
    }
  }

  static boolean isRetryable(int status) {
    return status == 429 || status == 503;
  }

  private void backOff(int attempt, String what) {
    long millis = settings.retryBackoff().toMillis() << Math.min(attempt, 10);
    log.warn("Elasticsearch was busy: {}; retry {} of {} in {} ms", what, attempt + 1, settings.maxRetries(), millis);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexException("interrupted while waiting to retry a bulk write", e);
    }
  }
}
