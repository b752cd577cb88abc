package org.copse.web.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.copse.index.elasticsearch.ElasticsearchSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code copse.index.elasticsearch.*}, used when {@code copse.index.backend=elasticsearch}.
 * The meaning of each is documented on {@link ElasticsearchSettings}; defaults are its defaults.
 *
 * @param hosts node addresses, such as {@code https://es1.internal:9200}; required
 * @param username basic-auth user, or unset
 * @param password basic-auth password, with a username
 * @param apiKey an encoded API key, instead of a username and password
 * @param caCertificate a PEM CA certificate file that signed the cluster's HTTP certificate
 * @param caFingerprint the SHA-256 fingerprint of that CA, instead of the file
 * @param verifyCertificates check server certificates and host names (switch off only for a throwaway cluster)
 * @param alias the alias every read and write goes through
 * @param shards primary shards of a new index
 * @param replicas replicas of each shard
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for one request to answer
 * @param maxRetries retries of writes the cluster rejects as overloaded
 * @param retryBackoff wait before the first retry, doubled on each further one
 * @param synonyms a synonyms file instead of the bundled one
 * @param protectedWords a protected-words file instead of the bundled one
 */
@ConfigurationProperties("copse.index.elasticsearch")
public record ElasticsearchProperties(
    @DefaultValue List<URI> hosts,
    @Nullable String username,
    @Nullable String password,
    @Nullable String apiKey,
    @Nullable Path caCertificate,
    @Nullable String caFingerprint,
    @DefaultValue("true") boolean verifyCertificates,
    @DefaultValue(ElasticsearchSettings.DEFAULT_ALIAS) String alias,
    @DefaultValue("1") int shards,
    @DefaultValue("1") int replicas,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("60s") Duration requestTimeout,
    @DefaultValue("5") int maxRetries,
    @DefaultValue("200ms") Duration retryBackoff,
    @Nullable Path synonyms,
    @Nullable Path protectedWords) {

  /**
   * The adapter's settings.
   *
   * @throws IllegalStateException naming the property to set when no host is given or a setting is invalid
   */
  public ElasticsearchSettings toSettings() {
    if (hosts.isEmpty()) {
      throw new IllegalStateException("copse.index.backend=elasticsearch needs copse.index.elasticsearch.hosts"
          + " (for example COPSE_INDEX_ELASTICSEARCH_HOSTS=https://es1.internal:9200)");
    }
    try {
      return new ElasticsearchSettings(hosts, blankToNull(username), blankToNull(password), blankToNull(apiKey),
          caCertificate, blankToNull(caFingerprint), verifyCertificates, alias, shards, replicas, connectTimeout,
          requestTimeout, maxRetries, retryBackoff, synonyms, protectedWords);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("copse.index.elasticsearch: " + e.getMessage(), e);
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
