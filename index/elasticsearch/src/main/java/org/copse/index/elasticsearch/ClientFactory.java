package org.copse.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.net.URI;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.copse.index.IndexException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.jspecify.annotations.Nullable;

/** Builds the low-level REST client and the typed client on it from {@link ElasticsearchSettings}. */
final class ClientFactory {
  private ClientFactory() {}

  static ElasticsearchClient create(ElasticsearchSettings settings) {
    HttpHost[] hosts = settings.hosts().stream().map(ClientFactory::host).toArray(HttpHost[]::new);
    RestClientBuilder builder = RestClient.builder(hosts)
        .setRequestConfigCallback(config -> config
            .setConnectTimeout((int) settings.connectTimeout().toMillis())
            .setSocketTimeout((int) settings.requestTimeout().toMillis()));
    if (settings.apiKey() != null) {
      builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
    }
    SSLContext ssl = sslContext(settings);
    builder.setHttpClientConfigCallback(http -> {
      if (settings.username() != null) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(AuthScope.ANY,
            new UsernamePasswordCredentials(settings.username(), settings.password()));
        http.setDefaultCredentialsProvider(credentials);
      }
      if (ssl != null) {
        http.setSSLContext(ssl);
      }
      if (!settings.verifyCertificates()) {
        http.setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE);
      }
      return http;
    });
    RestClient rest = builder.build();
    return new ElasticsearchClient(new RestClientTransport(rest, new Jackson3JsonpMapper()));
  }

  private static HttpHost host(URI uri) {
    int port = uri.getPort() > 0 ? uri.getPort() : 9200;
    return new HttpHost(uri.getHost(), port, uri.getScheme());
  }

  private static @Nullable SSLContext sslContext(ElasticsearchSettings settings) {
    if (!settings.verifyCertificates()) {
      return trustingEverything();
    }
    if (settings.caCertificate() != null) {
      try {
        return TransportUtils.sslContextFromHttpCaCrt(settings.caCertificate().toFile());
      } catch (IOException e) {
        throw new IndexException("cannot read the CA certificate " + settings.caCertificate(), e);
      }
    }
    if (settings.caFingerprint() != null) {
      return TransportUtils.sslContextFromCaFingerprint(settings.caFingerprint());
    }
    return null;
  }

  /** For a throwaway development cluster only: accepts any certificate. */
  private static SSLContext trustingEverything() {
    TrustManager trustAll = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {
        // development only: verifyCertificates=false was asked for
      }

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {
        // development only: verifyCertificates=false was asked for
      }

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      return context;
    } catch (NoSuchAlgorithmException | KeyManagementException e) {
      throw new IndexException("cannot set up TLS", e);
    }
  }
}
