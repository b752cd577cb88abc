package org.copse.index.elasticsearch.server;

import java.time.Duration;
import java.util.Map;

/**
 * The single-node cluster that the ordinary ITs of one test JVM share: started by the first test
 * that asks for it (about 15 s), stopped when the JVM exits. Tests keep apart by using their own
 * index names.
 */
public final class SharedElasticsearch {
  private static volatile ElasticsearchNode node;

  private SharedElasticsearch() {}

  /** The node's HTTP address; starts it on first call. */
  public static String url() {
    return node().url();
  }

  public static ElasticsearchNode node() {
    ElasticsearchNode current = node;
    if (current == null) {
      synchronized (SharedElasticsearch.class) {
        current = node;
        if (current == null) {
          current = ElasticsearchNode.start(ElasticsearchDistribution.shared(), "shared",
              ElasticsearchNode.freePort(), Map.of("discovery.type", "single-node"));
          current.awaitHealth("green", Duration.ofSeconds(60));
          ElasticsearchNode started = current;
          Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "es-stop-shared"));
          node = current;
        }
      }
    }
    return current;
  }
}
