package org.copse.index.lucene;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.EvidenceHit;
import org.copse.index.IndexBatch;
import org.copse.index.IndexException;
import org.copse.index.IndexStats;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.SearchResult;
import org.copse.index.query.UserQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Lucene index, on one local directory; see {@link SearchIndex} for the contract.
 *
 * <p>Writes go through one {@link IndexWriter}: a batch is applied (deletes, then updates by id),
 * committed (durable) and then made visible by refreshing a near-real-time {@link SearcherManager},
 * all under one lock, so readers see none or all of a batch. Reads hold a lifecycle read lock, so
 * {@link #close()} waits for them to finish. Only one process may open a directory at a time.
 *
 * <p>A writer that hits a tragic error (a full disk during a flush or merge) closes itself; reads
 * keep answering from the last commit, and the next write opens a new writer on that commit, so
 * the index takes writes again once the cause is gone, without a restart.
 */
public final class LuceneSearchIndex implements SearchIndex {

  public static final String BACKEND = "lucene";
  /** The most similar items one call returns. */
  public static final int MAX_SIMILAR = 100;
  /** The most completions one call returns. */
  public static final int MAX_SUGGESTIONS = 20;
  /** The deepest evidence one call returns. */
  public static final int MAX_EVIDENCE_DEPTH = 10_000;

  private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);

  private final Path path;
  private final FSDirectory directory;
  private final Supplier<IndexWriterConfig> writerConfig;
  private final int indexingThreads;
  /** Replaced, under the lifecycle write lock, only after a tragic error. */
  private volatile Writing writing;
  private final AccessFilter access;
  private final LuceneSearches searches;
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private final Object writeLock = new Object();
  private volatile boolean closed;

  /** A writer, its batch writer and the searchers refreshed from it: replaced together. */
  private record Writing(IndexWriter writer, BatchWriter batches, SearcherManager searchers) {
    static Writing open(FSDirectory directory, IndexWriterConfig config, int indexingThreads) throws IOException {
      IndexWriter writer = new IndexWriter(directory, config);
      try {
        return new Writing(writer, new BatchWriter(writer, indexingThreads), new SearcherManager(writer, new SearcherFactory()));
      } catch (IOException | RuntimeException e) {
        IOUtils.closeWhileHandlingException(writer);
        throw e;
      }
    }

    boolean failed() {
      return writer.getTragicException() != null || !writer.isOpen();
    }

    void close() throws IOException {
      batches.close();
      IOUtils.close(searchers, writer);
    }
  }

  private LuceneSearchIndex(Path path, FSDirectory directory, Writing writing, Supplier<IndexWriterConfig> writerConfig,
      AccessFilter access, LuceneSearches searches, LuceneSettings settings) {
    this.path = path;
    this.directory = directory;
    this.writing = writing;
    this.writerConfig = writerConfig;
    this.indexingThreads = settings.indexingThreads();
    this.access = access;
    this.searches = searches;
  }

  /** Opens (creating if needed) the index in {@code directory} with the default settings. */
  public static LuceneSearchIndex open(Path directory) {
    return open(directory, LuceneSettings.defaults());
  }

  /**
   * Opens (creating if needed) the index in {@code path}.
   *
   * @throws IndexException if the directory cannot be used, or another process has it open
   * @throws IllegalArgumentException if the analysis files in the settings are malformed
   */
  public static LuceneSearchIndex open(Path path, LuceneSettings settings) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(settings, "settings");
    Analysis analysis;
    try {
      analysis = new Analysis(settings.synonymsFile(), settings.protectedWordsFile());
    } catch (UncheckedIOException e) {
      throw new IndexException(e.getMessage(), e.getCause());
    }
    FSDirectory directory = null;
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
      // a config serves one writer only: a writer reopened after a tragic error gets a new one
      Supplier<IndexWriterConfig> config = () -> new IndexWriterConfig(analysis.indexing())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(settings.ramBufferMb())
          .setCommitOnClose(true);
      Writing writing = Writing.open(directory, config.get(), settings.indexingThreads());
      AccessFilter access = new AccessFilter(settings.accessCacheScopes());
      LuceneSearches searches = new LuceneSearches(analysis, settings, access);
      log.info("Opened Lucene index at {} ({} synonym entries, {} MB RAM buffer)", path,
          analysis.synonymWords(), settings.ramBufferMb());
      return new LuceneSearchIndex(path, directory, writing, config, access, searches, settings);
    } catch (LockObtainFailedException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw new IndexException("the index at " + path + " is already open in another process or index", e);
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw new IndexException("cannot open the index at " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void apply(IndexBatch batch) {
    Objects.requireNonNull(batch, "batch");
    if (writing.failed()) {
      reopenWriter();
    }
    lifecycle.readLock().lock();
    Writing current = writing;
    try {
      ensureOpen();
      if (batch.isEmpty()) {
        return;
      }
      synchronized (writeLock) {
        current.batches().write(batch);
        current.writer().commit();
        current.searchers().maybeRefreshBlocking();
      }
    } catch (IOException | AlreadyClosedException e) {
      throw batchFailed(batch, current, e);
    } catch (IllegalStateException e) {
      // how a writer that hit a tragic error (a full disk during a merge) refuses to commit
      if (current.writer().getTragicException() == null) {
        throw e;
      }
      throw batchFailed(batch, current, e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /** The error for a batch that failed, naming the writer's tragic error when it had one. */
  private IndexException batchFailed(IndexBatch batch, Writing writing, Exception failure) {
    Throwable tragedy = writing.writer().getTragicException();
    Throwable cause = tragedy != null ? tragedy : failure;
    return new IndexException("could not apply a batch of " + batch.upserts().size() + " upserts and "
        + batch.deletes().size() + " deletes to " + path + ": " + cause.getMessage()
        + (tragedy != null ? " (the next write reopens the index)" : ""), cause);
  }

  /**
   * Replaces a writer that hit a tragic error with a new one on the last commit (the failed writer
   * has closed itself and released the directory), with searchers of its own. Holds the lifecycle
   * write lock, so no read or write is in flight. When the new writer cannot be opened either (the
   * disk is still full), the failed one stays, reads go on from the last commit, and the next write
   * tries again.
   */
  private void reopenWriter() {
    lifecycle.writeLock().lock();
    try {
      Writing failed = writing;
      if (closed || !failed.failed()) {
        return;
      }
      Throwable tragedy = failed.writer().getTragicException();
      try {
        // waits for a rollback Lucene may still be running after the error, which releases write.lock;
        // the failed writer's searchers stay readable
        failed.writer().rollback();
      } catch (IOException | RuntimeException e) {
        log.debug("rolling back the failed writer of {}: {}", path, e.toString());
      }
      Writing fresh;
      try {
        fresh = Writing.open(directory, writerConfig.get(), indexingThreads);
      } catch (IOException | RuntimeException e) {
        throw new IndexException("the index at " + path + " failed (" + tragedy + ") and cannot take writes yet: "
            + e.getMessage(), e);
      }
      writing = fresh;
      try {
        failed.close();
      } catch (IOException | RuntimeException e) {
        log.debug("closing the failed writer of {}: {}", path, e.toString());
      }
      log.warn("Reopened the writer of the Lucene index at {} after: {}", path, String.valueOf(tragedy));
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  @Override
  public SearchResult search(SearchRequest request) {
    Objects.requireNonNull(request, "request");
    return read(searcher -> searches.search(searcher, request));
  }

  @Override
  public Optional<Contribution> get(String id, AccessScope scope) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scope, "scope");
    return read(searcher -> {
      ScoreDoc doc = find(searcher, id, scope);
      return doc == null ? Optional.empty() : Optional.of(StoredContributions.read(searcher.storedFields(), doc.doc));
    });
  }

  @Override
  public List<String> suggest(String prefix, AccessScope scope, int limit) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(scope, "scope");
    if (limit < 1 || limit > MAX_SUGGESTIONS) {
      throw new InvalidQueryException("limit", "suggestions must number between 1 and " + MAX_SUGGESTIONS + ", not " + limit);
    }
    return read(searcher -> prefix.isBlank() || scope.isEmpty() ? List.of()
        : Suggestions.suggest(searcher, access.query(scope.communityIds()), prefix, limit));
  }

  @Override
  public List<SearchHit> moreLikeThis(String id, AccessScope scope, int limit) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scope, "scope");
    if (limit < 1 || limit > MAX_SIMILAR) {
      throw new InvalidQueryException("limit", "similar items must number between 1 and " + MAX_SIMILAR + ", not " + limit);
    }
    return read(searcher -> {
      ScoreDoc doc = find(searcher, id, scope);
      if (doc == null) {
        return List.of();
      }
      Contribution source = StoredContributions.read(searcher.storedFields(), doc.doc);
      return searches.similar(searcher, source, scope, limit);
    });
  }

  @Override
  public List<EvidenceHit> evidence(UserQuery topic, AccessScope scope, int depth) {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(scope, "scope");
    if (depth < 1 || depth > MAX_EVIDENCE_DEPTH) {
      throw new InvalidQueryException("depth", "evidence depth must be between 1 and " + MAX_EVIDENCE_DEPTH + ", not " + depth);
    }
    return read(searcher -> searches.evidence(searcher, topic, scope, depth));
  }

  @Override
  public void scan(Consumer<Contribution> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    read(searcher -> {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            visitor.accept(StoredContributions.read(stored, doc));
          }
        }
      }
      return null;
    });
  }

  @Override
  public IndexStats stats() {
    return read(searcher -> new IndexStats(BACKEND, searcher.getIndexReader().numDocs(), sizeOnDisk(), path.toString()));
  }

  /** Segments that hold cached access bit sets: for tests and operators. */
  int cachedAccessSegments() {
    return access.cachedSegments();
  }

  /** Segments in the current point-in-time view: for tests and operators. */
  int segmentCount() {
    return read(searcher -> searcher.getIndexReader().leaves().size());
  }

  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      Writing last = writing;
      IOUtils.close(last::close, directory);
      log.info("Closed Lucene index at {}", path);
    } catch (IOException e) {
      throw new IndexException("error while closing the index at " + path, e);
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  private ScoreDoc find(IndexSearcher searcher, String id, AccessScope scope) throws IOException {
    if (scope.isEmpty()) {
      return null;
    }
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER)
        .add(access.query(scope.communityIds()), Occur.FILTER)
        .build();
    TopDocs top = searcher.search(query, 1);
    return top.scoreDocs.length == 0 ? null : top.scoreDocs[0];
  }

  private long sizeOnDisk() throws IOException {
    long total = 0;
    for (String file : directory.listAll()) {
      try {
        total += directory.fileLength(file);
      } catch (NoSuchFileException | FileNotFoundException e) {
        // merged away between listing and measuring: not part of the index any more
      }
    }
    return total;
  }

  private interface Read<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T read(Read<T> operation) {
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      SearcherManager searchers = writing.searchers();
      IndexSearcher searcher = searchers.acquire();
      try {
        return operation.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException | UncheckedIOException | AlreadyClosedException e) {
      throw new IndexException("reading the index at " + path + " failed: " + e.getMessage(), e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the index at " + path + " is closed");
    }
  }
}
