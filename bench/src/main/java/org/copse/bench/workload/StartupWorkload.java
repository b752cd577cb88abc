package org.copse.bench.workload;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copse.bench.engine.Engine;
import org.copse.bench.harness.BenchFiles;
import org.copse.bench.harness.LoadMonitor;
import org.copse.bench.harness.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Application start-up: the time from starting a fresh JVM with {@code copse serve} until
 * {@code /actuator/health} answers {@code UP}, then the JVM is stopped. Measured on an empty data
 * directory ({@code rounds} times: the database migrations run too), and on a data directory that
 * holds the whole corpus ({@link AppDataDirectory}): its first start once (the application's own
 * migrations run and the expertise graph is built from the contribution store and saved), then
 * {@code rounds} restarts (the graph is read from its file). The application is the executable jar
 * given by {@code --app-jar}, else the installed {@code copse-web} artifact that the bench build
 * copies to {@code bench/target/app/copse.jar}.
 */
public final class StartupWorkload implements Workload {
  private static final Logger LOG = LoggerFactory.getLogger(StartupWorkload.class);
  private static final String ENGINE = "copse-lucene";
  /** An empty application's heap, as earlier runs measured it. */
  private static final String EMPTY_HEAP = "-Xmx512m";
  /** Room for the expertise graph of a million contributions. */
  private static final String HEAP = "-Xmx2g";
  private static final Duration TIMEOUT = Duration.ofMinutes(20);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public void run(BenchContext context) throws IOException {
    BenchSettings settings = context.settings();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    try (LoadMonitor load = LoadMonitor.start()) {
      Path jar = settings.appJar() != null ? settings.appJar() : BenchFiles.beside("app/copse.jar");
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException("no application jar at " + jar + ": run `mvn -pl web install` and then "
            + "`mvn -pl bench package` (which copies it), or pass --app-jar web/target/copse.jar");
      }
      List<String> launchEmpty = List.of(java, EMPTY_HEAP, "-jar", jar.toAbsolutePath().toString());
      List<String> launch = List.of(java, HEAP, "-jar", jar.toAbsolutePath().toString());
      Path startup = settings.workFolder().resolve("startup");
      int rounds = settings.rounds();
      double[] empty = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        Path dataDir = startup.resolve("empty-" + round);
        context.clearFolder(dataDir);
        empty[round] = startOnce(launchEmpty, dataDir, "empty data directory, round " + (round + 1));
      }
      context.table().add(Result.of(name(), "JVM start until /actuator/health is UP", "s", ENGINE, empty));

      Engine copseLucene = context.engines().stream().filter(e -> e.name().equals(ENGINE)).findFirst().orElseThrow();
      AppDataDirectory data = AppDataDirectory.ensure(context, copseLucene);
      Path dataDir = startup.resolve("corpus");
      data.copyTo(context, dataDir);
      double first = startOnce(launch, dataDir, "first start on the corpus");
      context.table().add(Result.of(name(), "first start on the corpus: migrations, graph built from the store", "s",
          ENGINE, first));
      double[] restarts = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        restarts[round] = startOnce(launch, dataDir, "restart on the corpus, round " + (round + 1));
      }
      context.table().add(Result.of(name(), "restart on the corpus: graph read from its file", "s", ENGINE, restarts));
      context.table().add(Result.of(name(), "corpus data directory: database", "MB", ENGINE, data.databaseBytes() / 1e6));
      context.table().fact("startup", jar + " (" + Files.size(jar) / 1_000_000 + " MB) in a fresh JVM (" + EMPTY_HEAP
          + " on an empty folder, " + HEAP + " on the corpus), `copse --data-dir <dir> serve`, Lucene backend; "
          + "the corpus's data directory holds "
          + AppDataDirectory.MEMBERS + " members, 1,000 communities and every contribution; " + rounds + " round(s)");
      context.table().fact("startup: other processes' CPU",
          String.format("mean %.2f, max %.2f cores", load.meanOtherCores(), load.maxOtherCores()));
    }
  }

  private static double startOnce(List<String> launch, Path dataDir, String what) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>(launch);
    command.addAll(List.of("--data-dir", dataDir.toAbsolutePath().toString(), "serve", "--port", Integer.toString(port)));
    File log = dataDir.resolve("console.log").toFile();  // appended to: a restart keeps the first start's lines
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    try {
      URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
      while (System.nanoTime() - start < TIMEOUT.toNanos()) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the application exited with " + process.exitValue() + " before it was up: "
              + tail(dataDir.resolve("console.log")));
        }
        if (isUp(health)) {
          double seconds = (System.nanoTime() - start) / 1e9;
          LOG.info("Start-up, {}: {} s", what, String.format("%.2f", seconds));
          return seconds;
        }
        Thread.sleep(50);
      }
      throw new IllegalStateException("the application was not up within " + TIMEOUT + ": "
          + tail(dataDir.resolve("console.log")));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the application", e);
    } finally {
      stop(process);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean isUp(URI health) throws InterruptedException {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException notYet) {
      return false;
    }
  }

  private static void stop(Process process) throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the application", e);
    }
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "(no output)";
    }
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }
}
