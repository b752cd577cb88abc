package org.copse.index.lucene;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
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
  private final IndexWriter writer;
  private final BatchWriter batchWriter;
  private final SearcherManager searchers;
  private final AccessFilter access;
  private final LuceneSearches searches;
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private final Object writeLock = new Object();
  private volatile boolean closed;

  private LuceneSearchIndex(Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers,
      AccessFilter access, LuceneSearches searches, LuceneSettings settings) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.batchWriter = new BatchWriter(writer, settings.indexingThreads());
    this.searchers = searchers;
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
    IndexWriter writer = null;
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
      IndexWriterConfig config = new IndexWriterConfig(analysis.indexing())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(settings.ramBufferMb())
          .setCommitOnClose(true);
      writer = new IndexWriter(directory, config);
      SearcherManager searchers = new SearcherManager(writer, new SearcherFactory());
      AccessFilter access = new AccessFilter(settings.accessCacheScopes());
      LuceneSearches searches = new LuceneSearches(analysis, settings, access);
      log.info("Opened Lucene index at {} ({} synonym entries, {} MB RAM buffer)", path,
          analysis.synonymWords(), settings.ramBufferMb());
      return new LuceneSearchIndex(path, directory, writer, searchers, access, searches, settings);
    } catch (LockObtainFailedException e) {
      closeQuietly(writer, directory, e);
      throw new IndexException("the index at " + path + " is already open in another process or index", e);
    } catch (IOException e) {
      closeQuietly(writer, directory, e);
      throw new IndexException("cannot open the index at " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void apply(IndexBatch batch) {
    Objects.requireNonNull(batch, "batch");
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      if (batch.isEmpty()) {
        return;
      }
      synchronized (writeLock) {
        batchWriter.write(batch);
        writer.commit();
        searchers.maybeRefreshBlocking();
      }
    } catch (IOException | AlreadyClosedException e) {
      throw new IndexException("could not apply a batch of " + batch.upserts().size() + " upserts and "
          + batch.deletes().size() + " deletes to " + path + ": " + e.getMessage(), e);
    } catch (IllegalStateException e) {
      // a writer that hit a tragic error (a full disk during a background merge) refuses to commit
      Throwable tragedy = writer.getTragicException();
      if (tragedy == null) {
        throw e;
      }
      throw new IndexException("the index at " + path + " failed earlier and accepts no writes until it is "
          + "reopened: " + tragedy.getMessage(), tragedy);
    } finally {
      lifecycle.readLock().unlock();
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
      batchWriter.close();
      IOUtils.close(searchers, writer, directory);
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

  private static void closeQuietly(IndexWriter writer, FSDirectory directory, Exception failure) {
    List<AutoCloseable> open = new ArrayList<>();
    if (writer != null) {
      open.add(writer);
    }
    if (directory != null) {
      open.add(directory);
    }
    for (AutoCloseable c : open) {
      try {
        c.close();
      } catch (Exception e) {
        failure.addSuppressed(e);
      }
    }
  }
}
