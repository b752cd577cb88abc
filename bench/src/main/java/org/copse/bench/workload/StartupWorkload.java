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
import org.copse.bench.harness.BenchFiles;
import org.copse.bench.harness.LoadMonitor;
import org.copse.bench.harness.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Application start-up: the time from starting a fresh JVM with {@code copse serve} on an empty
 * data directory (so the database migrations run too) until {@code /actuator/health} answers
 * {@code UP}, then the JVM is stopped; {@code rounds} times. The application is the executable jar
 * given by {@code --app-jar}, else the installed {@code copse-web} artifact that the bench build
 * copies to {@code bench/target/app/copse.jar}. Independent of the corpus size.
 */
public final class StartupWorkload implements Workload {
  private static final Logger LOG = LoggerFactory.getLogger(StartupWorkload.class);
  private static final String ENGINE = "copse-lucene";
  private static final String HEAP = "-Xmx512m";
  private static final Duration TIMEOUT = Duration.ofMinutes(3);
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
      time(context, "JVM start until /actuator/health is UP", jar,
          List.of(java, HEAP, "-jar", jar.toAbsolutePath().toString()));
      context.table().fact("startup: other processes' CPU",
          String.format("mean %.2f, max %.2f cores", load.meanOtherCores(), load.maxOtherCores()));
    }
  }

  private void time(BenchContext context, String metric, Path jar, List<String> launch) throws IOException {
    String label = "jar";
    int rounds = context.settings().rounds();
    double[] seconds = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      Path dataDir = context.settings().workFolder().resolve("startup").resolve(label + "-" + round);
      context.clearFolder(dataDir);
      seconds[round] = startOnce(launch, dataDir);
      LOG.info("Start-up ({}) round {}: {} s", label, round + 1, String.format("%.2f", seconds[round]));
    }
    context.table().add(Result.of(name(), metric, "s", ENGINE, seconds));
    context.table().fact("startup", jar + " (" + Files.size(jar) / 1_000_000 + " MB) in a fresh JVM (" + HEAP
        + "), `copse --data-dir <empty> serve`, Lucene backend, " + rounds + " round(s)");
  }

  private static double startOnce(List<String> launch, Path dataDir) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>(launch);
    command.addAll(List.of("--data-dir", dataDir.toAbsolutePath().toString(), "serve", "--port", Integer.toString(port)));
    File log = dataDir.resolve("console.log").toFile();
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    try {
      URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
      while (System.nanoTime() - start < TIMEOUT.toNanos()) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the application exited with " + process.exitValue() + " before it was up: "
              + tail(dataDir.resolve("console.log")));
        }
        if (isUp(health)) {
          return (System.nanoTime() - start) / 1e9;
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
