package org.copse.web.trust;

import java.util.Map;
import org.copse.index.elasticsearch.server.SharedElasticsearch;

/** The leak probe on a real Elasticsearch server, each fixture under its own alias. */
class ElasticsearchLeakProbeIT extends AbstractLeakProbeIT {
  @Override
  Map<String, String> backend(String name) {
    return Map.of(
        "copse.index.backend", "elasticsearch",
        "copse.index.elasticsearch.hosts", SharedElasticsearch.url(),
        "copse.index.elasticsearch.alias", "trust-leak-" + name,
        "copse.index.elasticsearch.replicas", "0");
  }
}
