package org.copse.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.HexFormat;
import org.copse.index.CouncilFixtures;
import org.copse.index.IndexException;
import org.copse.index.SearchRequest;
import org.copse.index.query.UserQuery;
import org.copse.index.elasticsearch.server.ElasticsearchDistribution;
import org.copse.index.elasticsearch.server.ElasticsearchNode;
import org.copse.index.elasticsearch.server.ElasticsearchNode.Credentials;
import org.junit.jupiter.api.Test;

/**
 * Against a node secured as production nodes are (TLS on HTTP with a generated CA, and
 * authentication), the adapter connects with a CA certificate or its fingerprint and credentials,
 * and refuses to talk without the CA or with a wrong password.
 */
class SecuredNodeIT {
  private static final Credentials USER = new Credentials("copse-it", "it-password-1");

  @Test
  void connectsOverTlsWithCredentialsAndNotWithoutThem() throws Exception {
    try (ElasticsearchNode node = ElasticsearchNode.startSecured(ElasticsearchDistribution.shared(), "secured", USER)) {
      node.awaitHealth("green", Duration.ofSeconds(60));
      assertThat(node.url()).startsWith("https://");
      ElasticsearchSettings base = ElasticsearchSettings.of(node.url()).withAlias("secured").withLayout(1, 0);

      try (ElasticsearchSearchIndex index = ElasticsearchSearchIndex.open(base.withBasicAuth(USER.username(),
          USER.password()).withCaCertificate(node.httpCaCertificate()))) {
        index.index(CouncilFixtures.publicContributions());
        assertThat(index.search(SearchRequest.of(UserQuery.parse("mould"), CouncilFixtures.publicViewer())).totalHits())
            .isEqualTo(1);
      }
      try (ElasticsearchSearchIndex index = ElasticsearchSearchIndex.open(base.withBasicAuth(USER.username(),
          USER.password()).withCaFingerprint(sha256(node)))) {
        assertThat(index.stats().documents()).isEqualTo(CouncilFixtures.publicContributions().size());
      }
      assertThatThrownBy(() -> ElasticsearchSearchIndex.open(base.withBasicAuth(USER.username(), "wrong")
          .withCaCertificate(node.httpCaCertificate()))).isInstanceOf(IndexException.class);
      assertThatThrownBy(() -> ElasticsearchSearchIndex.open(base.withBasicAuth(USER.username(), USER.password())))
          .as("the JVM's default trust store does not know the node's generated CA").isInstanceOf(IndexException.class);
    }
  }

  private static String sha256(ElasticsearchNode node) throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(node.httpCaCertificate())) {
      Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ca.getEncoded()));
    }
  }
}
