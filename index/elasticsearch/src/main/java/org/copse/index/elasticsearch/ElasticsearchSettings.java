package org.copse.index.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How to reach the cluster and how to lay out the index.
 *
 * @param hosts node addresses such as {@code https://es1.internal:9200}; requests are spread over
 *     them and fail over between them
 * @param username basic-auth user, or null for none (see also {@code apiKey})
 * @param password basic-auth password; required with a username
 * @param apiKey an encoded API key ({@code Authorization: ApiKey …}), or null; not with a username
 * @param caCertificate a PEM CA certificate that signed the cluster's HTTP certificate, or null
 * @param caFingerprint the SHA-256 fingerprint (hex, colons allowed) of that CA, or null; not with
 *     {@code caCertificate}
 * @param verifyCertificates whether to check server certificates and host names; switch off only
 *     for a throwaway development cluster
 * @param alias the alias every read and write goes through; versioned indexes are named
 *     {@code <alias>.v<timestamp>}, and a re-index swaps the alias with no downtime
 * @param shards primary shards of a new index
 * @param replicas replicas of each shard
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for one request to answer
 * @param maxRetries retries of writes the cluster rejects as overloaded (HTTP 429 or 503)
 * @param retryBackoff the wait before the first retry; it doubles on each further one
 * @param synonyms a Solr-format synonyms file to use instead of the bundled
 *     {@code config/analysis/synonyms.txt}, or null
 * @param protectedWords a file of words the stemmer leaves alone, one per line, to use instead of
 *     the bundled {@code config/analysis/protected-words.txt}, or null
 */
public record ElasticsearchSettings(
    List<URI> hosts,
    @Nullable String username,
    @Nullable String password,
    @Nullable String apiKey,
    @Nullable Path caCertificate,
    @Nullable String caFingerprint,
    boolean verifyCertificates,
    String alias,
    int shards,
    int replicas,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRetries,
    Duration retryBackoff,
    @Nullable Path synonyms,
    @Nullable Path protectedWords) {

  public static final String DEFAULT_ALIAS = "copse-contributions";
  public static final int DEFAULT_SHARDS = 1;
  public static final int DEFAULT_REPLICAS = 1;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
  public static final int DEFAULT_MAX_RETRIES = 5;
  public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(200);

  /** Lower case letters, digits, '-' and '_', as Elasticsearch allows in index names. */
  private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9_-]{0,200}");

  public ElasticsearchSettings {
    hosts = List.copyOf(hosts);
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("at least one Elasticsearch host is needed");
    }
    for (URI host : hosts) {
      String scheme = host.getScheme() == null ? "" : host.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || host.getHost() == null) {
        throw new IllegalArgumentException("host must look like https://name:9200, not " + host);
      }
    }
    if ((username == null) != (password == null)) {
      throw new IllegalArgumentException("username and password go together");
    }
    if (username != null && apiKey != null) {
      throw new IllegalArgumentException("give a username and password or an API key, not both");
    }
    if (caCertificate != null && caFingerprint != null) {
      throw new IllegalArgumentException("give a CA certificate or a CA fingerprint, not both");
    }
    Objects.requireNonNull(alias, "alias");
    if (!ALIAS.matcher(alias).matches()) {
      throw new IllegalArgumentException("alias must be lower case letters, digits, '-' or '_': " + alias);
    }
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1, not " + shards);
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must not be negative, not " + replicas);
    }
    requirePositive(connectTimeout, "connect timeout");
    requirePositive(requestTimeout, "request timeout");
    requirePositive(retryBackoff, "retry backoff");
    if (maxRetries < 0) {
      throw new IllegalArgumentException("max retries must not be negative, not " + maxRetries);
    }
  }

  /** Plain HTTP to the given hosts with every other setting at its default. */
  public static ElasticsearchSettings of(String... hostUrls) {
    return new ElasticsearchSettings(List.of(hostUrls).stream().map(URI::create).toList(), null, null, null,
        null, null, true, DEFAULT_ALIAS, DEFAULT_SHARDS, DEFAULT_REPLICAS, DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BACKOFF, null, null);
  }

  public ElasticsearchSettings withAlias(String newAlias) {
    return new ElasticsearchSettings(hosts, username, password, apiKey, caCertificate, caFingerprint,
        verifyCertificates, newAlias, shards, replicas, connectTimeout, requestTimeout, maxRetries, retryBackoff, synonyms, protectedWords);
  }

  public ElasticsearchSettings withLayout(int newShards, int newReplicas) {
    return new ElasticsearchSettings(hosts, username, password, apiKey, caCertificate, caFingerprint,
        verifyCertificates, alias, newShards, newReplicas, connectTimeout, requestTimeout, maxRetries, retryBackoff, synonyms, protectedWords);
  }

  public ElasticsearchSettings withBasicAuth(String newUsername, String newPassword) {
    return new ElasticsearchSettings(hosts, newUsername, newPassword, null, caCertificate, caFingerprint,
        verifyCertificates, alias, shards, replicas, connectTimeout, requestTimeout, maxRetries, retryBackoff, synonyms, protectedWords);
  }

  public ElasticsearchSettings withCaCertificate(Path pem) {
    return new ElasticsearchSettings(hosts, username, password, apiKey, pem, null,
        verifyCertificates, alias, shards, replicas, connectTimeout, requestTimeout, maxRetries, retryBackoff, synonyms, protectedWords);
  }

  public ElasticsearchSettings withCaFingerprint(String sha256) {
    return new ElasticsearchSettings(hosts, username, password, apiKey, null, sha256,
        verifyCertificates, alias, shards, replicas, connectTimeout, requestTimeout, maxRetries, retryBackoff, synonyms, protectedWords);
  }

  public ElasticsearchSettings withTimeouts(Duration newConnect, Duration newRequest) {
    return new ElasticsearchSettings(hosts, username, password, apiKey, caCertificate, caFingerprint,
        verifyCertificates, alias, shards, replicas, newConnect, newRequest, maxRetries, retryBackoff, synonyms, protectedWords);
  }

  /** The same settings with other analysis files (null for the bundled ones). */
  public ElasticsearchSettings withAnalysisFiles(@Nullable Path newSynonyms, @Nullable Path newProtectedWords) {
    return new ElasticsearchSettings(hosts, username, password, apiKey, caCertificate, caFingerprint,
        verifyCertificates, alias, shards, replicas, connectTimeout, requestTimeout, maxRetries, retryBackoff,
        newSynonyms, newProtectedWords);
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
  }
}
