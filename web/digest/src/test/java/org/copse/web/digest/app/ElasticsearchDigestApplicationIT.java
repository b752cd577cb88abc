package org.copse.web.digest.app;

import org.copse.expertise.fixtures.Backend;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The digest application on a real Elasticsearch server, with the same cases as on Lucene. */
class ElasticsearchDigestApplicationIT extends DigestApplicationContractIT {
  @DynamicPropertySource
  static void backend(DynamicPropertyRegistry registry) {
    registry.add("test.backend", () -> Backend.ELASTICSEARCH.name());
  }
}
