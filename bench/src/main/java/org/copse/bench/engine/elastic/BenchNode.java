package org.copse.bench.engine.elastic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copse.bench.harness.BenchFiles;
import org.copse.index.elasticsearch.server.ElasticsearchDistribution;
import org.copse.index.elasticsearch.server.ElasticsearchNode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Elasticsearch node of a bench JVM, started on first use with the server harness of
 * {@code copse-index-elasticsearch} (tests), stopped when the JVM exits. Its data lives in a
 * temporary folder, so an index built in one run is not there in the next.
 *
 * <p>The harness gives test nodes a 384 MB heap and the client compiler only, which would make a
 * benchmark unfair; the bench node gets {@code -Dcopse.es.heap} (default {@value #DEFAULT_HEAP}) of
 * heap and the full JIT through the harness's {@code copse.es.jvm-options}, and up to
 * {@value #START_TIMEOUT_SECONDS} s to start (a node opening a large index on a loaded machine
 * needs more than a test node's two minutes). The distribution zip and plugin are found through the system properties
 * {@code copse.es.distribution} and {@code copse.es.plugin}, or else in {@code elasticsearch/}
 * beside the bench's classes or jar (where {@code mvn package} copies them).
 */
final class BenchNode {
  private static final Logger LOG = LoggerFactory.getLogger(BenchNode.class);
  static final String DEFAULT_HEAP = "1g";
  static final int START_TIMEOUT_SECONDS = 600;
  static final String HEAP = System.getProperty("copse.es.heap", DEFAULT_HEAP);
  static final String JVM_OPTIONS = "-Xms" + HEAP + " -Xmx" + HEAP;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static @Nullable ElasticsearchNode node;

  private BenchNode() {}

  /** The node's HTTP address; starts it on first call (about 15 s). */
  static synchronized String url() {
    if (node == null) {
      defaultProperty("copse.es.distribution", "elasticsearch.zip");
      defaultProperty("copse.es.plugin", "copse-analysis-plugin.zip");
      // read by the harness's ElasticsearchNode when it is first used, just below; a user's -D wins
      if (System.getProperty("copse.es.jvm-options") == null) {
        System.setProperty("copse.es.jvm-options", JVM_OPTIONS);
      }
      if (System.getProperty("copse.es.start-timeout-seconds") == null) {
        System.setProperty("copse.es.start-timeout-seconds", Integer.toString(START_TIMEOUT_SECONDS));
      }
      ElasticsearchDistribution distribution = ElasticsearchDistribution.shared();
      long start = System.nanoTime();
      ElasticsearchNode started = ElasticsearchNode.start(distribution, "bench", ElasticsearchNode.freePort(),
          Map.of("discovery.type", "single-node"));
      started.awaitHealth("green", Duration.ofSeconds(START_TIMEOUT_SECONDS));
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "es-stop-bench"));
      LOG.info("Elasticsearch node up at {} in {} s ({})", started.url(), (System.nanoTime() - start) / 1_000_000_000,
          JVM_OPTIONS);
      node = started;
    }
    return node.url();
  }

  /** What the node was started with, for the result table. */
  static String description() {
    return "one local node, Elasticsearch " + System.getProperty("copse.es.version", "(version not given)")
        + ", " + System.getProperty("copse.es.jvm-options", JVM_OPTIONS) + ", Copse analysis plugin, 1 shard, 0 replicas";
  }

  /** The concrete indices behind an alias (none when it does not exist). */
  static List<String> indicesOf(String alias) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/_alias/" + alias)).GET());
    if (response.statusCode() == 404) {
      return List.of();
    }
    requireOk(response, "read alias " + alias);
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\{\\s*\"aliases\"").matcher(response.body());
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Deletes one index by its concrete name. */
  static void deleteIndex(String index) {
    requireOk(send(HttpRequest.newBuilder(uri("/" + index)).DELETE()), "delete index " + index);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while talking to Elasticsearch", e);
    }
  }

  private static void requireOk(HttpResponse<String> response, String what) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("cannot " + what + ": HTTP " + response.statusCode() + " " + response.body());
    }
  }

  private static URI uri(String path) {
    return URI.create(url() + path);
  }

  private static void defaultProperty(String property, String fileName) {
    if (System.getProperty(property) != null) {
      return;
    }
    Path beside = BenchFiles.beside("elasticsearch/" + fileName);
    if (!Files.isRegularFile(beside)) {
      throw new IllegalStateException("set -D" + property + " or run `mvn -pl bench package`, which copies "
          + fileName + " to " + beside);
    }
    System.setProperty(property, beside.toString());
  }
}
