package org.copse.web.config;

import java.nio.file.Path;
import org.copse.index.SearchIndex;
import org.copse.index.elasticsearch.ElasticsearchSearchIndex;
import org.copse.index.elasticsearch.ElasticsearchSettings;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.web.config.CopseProperties.IndexBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens an index adapter by backend: the one place that names an adapter. The caller closes what it gets. */
public final class IndexBackends {
  private static final Logger log = LoggerFactory.getLogger(IndexBackends.class);

  private IndexBackends() {}

  /** Opens an embedded Lucene index in a directory, for evaluations that need throwaway indexes. */
  public static SearchIndex openLucene(Path directory) {
    return LuceneSearchIndex.open(directory);
  }

  /**
   * Opens the index of a backend.
   *
   * @param luceneDirectory where the embedded index lives, for {@link IndexBackend#LUCENE}
   * @param elasticsearch the cluster settings, for {@link IndexBackend#ELASTICSEARCH}
   * @throws IllegalStateException when the Elasticsearch settings are missing or invalid
   */
  public static SearchIndex open(IndexBackend backend, Path luceneDirectory, ElasticsearchProperties elasticsearch) {
    return switch (backend) {
      case LUCENE -> {
        log.info("search index: embedded Lucene in {}", luceneDirectory);
        yield LuceneSearchIndex.open(luceneDirectory);
      }
      case ELASTICSEARCH -> {
        ElasticsearchSettings settings = elasticsearch.toSettings();
        log.info("search index: Elasticsearch at {}, alias {}", settings.hosts(), settings.alias());
        yield ElasticsearchSearchIndex.open(settings);
      }
    };
  }
}
