package org.copse.index.elasticsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The test server starts from a clean checkout and has the analysis the index settings need. */
class ElasticsearchServerIT {

  @Test
  void sharedNodeAnswersWithTheCopseAnalysisPluginInstalled() throws IOException {
    ElasticsearchNode node = SharedElasticsearch.node();

    HttpResponse<String> plugins = node.get("/_cat/plugins?h=component");

    assertThat(plugins.statusCode()).isEqualTo(200);
    assertThat(plugins.body()).contains("copse-analysis");
  }
}
