package org.copse.index.elasticsearch.server;

import co.elastic.clients.transport.TransportUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Elasticsearch server process on loopback, with its own config, data, logs and temp folders.
 *
 * <p>The process is started through a small shell that waits on its standard input and stops the
 * node when that input closes, so a node never outlives the test JVM, even one that is killed.
 * {@link #stop()} shuts it down gracefully, {@link #kill()} kills its whole process tree at once.
 */
public final class ElasticsearchNode implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ElasticsearchNode.class);
  /** How long a node may take to answer; {@code -Dcopse.es.start-timeout-seconds} overrides it (a loaded machine). */
  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("copse.es.start-timeout-seconds", 120));
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  /**
   * A small heap, and the client compiler only: a test node lives for a minute, and C1 alone
   * halves the CPU a node needs to start (19 s to 9 s measured here), which matters on 2 cores.
   * Not for the CLI launcher: on a secured first start it generates RSA keys, which C1 makes slow.
   * {@code -Dcopse.es.jvm-options} replaces them (the benchmark gives its node a real heap and the full JIT).
   */
  static final String JVM_OPTIONS =
      System.getProperty("copse.es.jvm-options", "-Xms384m -Xmx384m -XX:TieredStopAtLevel=1");
  /** Starts the node in the background; stops it when stdin closes; exits with the node. */
  private static final String WATCHDOG = "exec 3<&0; \"$@\" </dev/null 3<&- & node=$!; "
      + "( read -r _ <&3; kill -TERM $node 2>/dev/null ) & watcher=$!; "
      + "wait $node; status=$?; kill $watcher 2>/dev/null; exit $status";

  private final String name;
  private final Path folder;
  private final int httpPort;
  private final int transportPort;
  private final Process process;
  private final @Nullable Credentials credentials;
  private volatile HttpClient http = HTTP;

  private ElasticsearchNode(String name, Path folder, int httpPort, int transportPort, Process process,
      @Nullable Credentials credentials) {
    this.name = name;
    this.folder = folder;
    this.httpPort = httpPort;
    this.transportPort = transportPort;
    this.process = process;
    this.credentials = credentials;
  }

  /** A file-realm superuser for a node with security on. */
  public record Credentials(String username, String password) {}

  /** A free loopback port, for http.port and transport.port. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  /**
   * Starts a node and returns once its HTTP port answers (the cluster may not have formed yet:
   * see {@link #awaitHealth}).
   *
   * @param distribution the prepared home
   * @param name the node name, also used for its folder
   * @param transportPort the transport port, chosen by the caller so that peers can name it
   * @param settings extra {@code -E} settings, such as discovery
   */
  public static ElasticsearchNode start(ElasticsearchDistribution distribution, String name, int transportPort,
      Map<String, String> settings) {
    return start(distribution, name, transportPort, settings, null);
  }

  /**
   * Starts a single node with security on, as a production node is: Elasticsearch's first-start
   * auto-configuration generates a CA and TLS certificates for HTTP and transport (see
   * {@link #httpCaCertificate()}), and the only user is the given file-realm superuser.
   */
  public static ElasticsearchNode startSecured(ElasticsearchDistribution distribution, String name,
      Credentials credentials) {
    return start(distribution, name, freePort(), Map.of("discovery.type", "single-node"), credentials);
  }

  private static ElasticsearchNode start(ElasticsearchDistribution distribution, String name, int transportPort,
      Map<String, String> settings, @Nullable Credentials credentials) {
    Path folder = distribution.newFolder(name + "-");
    int httpPort = freePort();
    try {
      Path config = folder.resolve("config");
      copyTree(distribution.home().resolve("config"), config);
      for (String dir : List.of("data", "logs", "tmp")) {
        Files.createDirectories(folder.resolve(dir));
      }
      if (credentials != null) {
        addSuperuser(distribution, config, credentials);
      }
      if (RunAs.isRoot()) {
        chownTree(folder, RunAs.unprivilegedUser());
      }
      List<String> command = new ArrayList<>(List.of("sh", "-c", WATCHDOG, "es"));
      command.addAll(RunAs.prefix());
      command.add(distribution.home().resolve("bin/elasticsearch").toString());
      Map<String, String> all = new java.util.LinkedHashMap<>();
      all.put("node.name", name);
      all.put("network.host", "127.0.0.1");
      all.put("http.port", Integer.toString(httpPort));
      all.put("transport.port", Integer.toString(transportPort));
      all.put("path.data", folder.resolve("data").toString());
      all.put("path.logs", folder.resolve("logs").toString());
      if (credentials == null) {
        all.put("xpack.security.enabled", "false");
      }
      // a nearly full disk must not make shards unassigned in a test
      all.put("cluster.routing.allocation.disk.threshold_enabled", "false");
      all.putAll(settings);
      all.forEach((key, value) -> command.add("-E" + key + "=" + value));

      ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
          .redirectErrorStream(true).redirectOutput(folder.resolve("console.log").toFile());
      Map<String, String> env = builder.environment();
      env.put("ES_JAVA_HOME", distribution.javaHome().toString());
      env.put("ES_PATH_CONF", config.toString());
      env.put("ES_JAVA_OPTS", JVM_OPTIONS);
      env.put("ES_TMPDIR", folder.resolve("tmp").toString());
      env.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + folder.resolve("tmp"));
      env.remove("JAVA_TOOL_OPTIONS");
      long begin = System.nanoTime();
      ElasticsearchNode node = new ElasticsearchNode(name, folder, httpPort, transportPort, builder.start(), credentials);
      Runtime.getRuntime().addShutdownHook(new Thread(node::kill, "es-kill-" + name));
      node.awaitHttp(begin);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Elasticsearch node " + name + " in " + folder, e);
    }
  }

  public String name() {
    return name;
  }

  /** The node's HTTP address, such as {@code http://127.0.0.1:45123} ({@code https} when secured). */
  public String url() {
    return (credentials == null ? "http" : "https") + "://127.0.0.1:" + httpPort;
  }

  /** The CA that signed a secured node's HTTP certificate, generated at its first start. */
  public Path httpCaCertificate() {
    return folder.resolve("config/certs/http_ca.crt");
  }

  public int transportPort() {
    return transportPort;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Waits until the cluster reports at least this status ("yellow" or "green"). */
  public void awaitHealth(String status, Duration timeout) {
    awaitCluster("wait_for_status=" + status, timeout);
  }

  /**
   * Waits until {@code _cluster/health} with these parameters (such as
   * {@code wait_for_nodes=2&wait_for_status=green}) no longer times out.
   */
  public void awaitCluster(String healthParameters, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      requireAlive();
      try {
        HttpResponse<String> response = get("/_cluster/health?" + healthParameters + "&timeout=2s");
        last = response.body();
        if (response.statusCode() == 200 && !last.contains("\"timed_out\":true")) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      }
      sleep(200);
    }
    throw new IllegalStateException("cluster of " + name + " not " + healthParameters + " within " + timeout + ": " + last
        + "\n" + consoleTail());
  }

  /** Sends a GET to the node, for health checks and diagnostics. */
  public HttpResponse<String> get(String path) throws IOException {
    HttpRequest request = authorised(HttpRequest.newBuilder(URI.create(url() + path)))
        .timeout(Duration.ofSeconds(10)).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Sends a PUT with a JSON body, for test set-up such as shard allocation settings. */
  public HttpResponse<String> put(String path, String json) throws IOException {
    HttpRequest request = authorised(HttpRequest.newBuilder(URI.create(url() + path))).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Kills the node's whole process tree at once, as a crash would. */
  public void kill() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Shuts the node down gracefully, then kills whatever is left. */
  public void stop() {
    if (process.isAlive()) {
      try {
        process.getOutputStream().close();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          log.warn("node {} did not stop within {}; killing it", name, STOP_TIMEOUT);
        }
      } catch (IOException e) {
        log.warn("could not signal node {} to stop; killing it: {}", name, e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    kill();
  }

  @Override
  public void close() {
    stop();
  }

  /** The last lines the node printed, for failure messages. */
  public String consoleTail() {
    try (Stream<String> lines = Files.lines(folder.resolve("console.log"))) {
      List<String> all = lines.toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no console output: " + e + ")";
    }
  }

  private void awaitHttp(long begin) {
    long deadline = begin + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      requireAlive();
      if (credentials != null && http == HTTP) {
        if (!Files.isReadable(httpCaCertificate())) {
          sleep(250);
          continue;
        }
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).sslContext(trusting(httpCaCertificate())).build();
      }
      try {
        if (get("/_nodes/_local/name").statusCode() == 200) {
          log.info("Elasticsearch node {} answers at {} after {} ms", name, url(), (System.nanoTime() - begin) / 1_000_000);
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      sleep(250);
    }
    kill();
    throw new IllegalStateException("node " + name + " did not answer within " + START_TIMEOUT + "\n" + consoleTail());
  }

  private HttpRequest.Builder authorised(HttpRequest.Builder request) {
    if (credentials == null) {
      return request;
    }
    String pair = credentials.username() + ":" + credentials.password();
    return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  private static SSLContext trusting(Path caCertificate) {
    try (InputStream in = Files.newInputStream(caCertificate)) {
      return TransportUtils.sslContextFromHttpCaCrt(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + caCertificate, e);
    }
  }

  private static void addSuperuser(ElasticsearchDistribution distribution, Path config, Credentials credentials)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(distribution.home().resolve("bin/elasticsearch-users").toString(),
        "useradd", credentials.username(), "-p", credentials.password(), "-r", "superuser")
        .redirectErrorStream(true).redirectOutput(config.resolve("users-tool.log").toFile());
    builder.environment().put("ES_JAVA_HOME", distribution.javaHome().toString());
    builder.environment().put("ES_PATH_CONF", config.toString());
    Process tool = builder.start();
    try {
      if (!tool.waitFor(2, TimeUnit.MINUTES) || tool.exitValue() != 0) {
        tool.destroyForcibly();
        throw new IOException("elasticsearch-users failed: " + Files.readString(config.resolve("users-tool.log")));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while adding a user", e);
    }
  }

  private void requireAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + "\n" + consoleTail());
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void chownTree(Path root, UserPrincipal owner) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        Files.setOwner(path, owner);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
    }
  }
}
