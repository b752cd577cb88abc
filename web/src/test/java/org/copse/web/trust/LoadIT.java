package org.copse.web.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.copse.ingest.job.IngestReport;
import org.copse.ingest.job.IngestRequest;
import org.copse.ingest.job.ProgressListener;
import org.copse.web.demo.DemoLoader;
import org.copse.web.ingest.IngestRuns;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches, suggestions, expert queries and ingests together on one running Copse over loopback
 * for a bounded time ({@code -Dcopse.load.seconds}, 20 by default). No request may fail, every
 * ingest must complete, and afterwards no file of the index may be held open after its deletion
 * (the sign of a leaked index reader) nor the process's open files have grown. Latencies are
 * reported, not asserted: timing belongs to the benchmarks.
 */
class LoadIT {
  private static final Logger log = LoggerFactory.getLogger(LoadIT.class);
  private static final int SEARCHERS = 4;
  private static final int EXPERT_SEEKERS = 2;
  private static final List<String> QUERIES = List.of("damp", "damp mould", "repairs", "\"tenant satisfaction\"",
      "planning appeal", "biodiversity net gain", "foi exemption", "retrofit", "carbon", "tag:housing", "voids",
      "type:question damp", "community:planning", "heat pumps", "allocations policy", "loadfeed");
  private static final List<String> TOPICS = List.of("damp", "retrofit", "planning", "freedom of information",
      "carbon accounting", "loadfeed");

  @Test
  void concurrentReadsAndIngestsRunWithoutErrorsOrLeakedReaders() throws Exception {
    long seed = Long.getLong("copse.test.seed", System.nanoTime());
    int seconds = Integer.getInteger("copse.load.seconds", 20);
    log.info("LoadIT seed {} for {} s (rerun with -Dcopse.test.seed={})", seed, seconds, seed);
    try (CopseInstance copse = CopseInstance.start("load", Map.of())) {
      Path indexDir = copse.dataDir().resolve("index");
      warmUp(copse);
      long filesBefore = openFiles(null).size();

      Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
      List<String> errors = new CopyOnWriteArrayList<>();
      List<IngestReport> ingests = new CopyOnWriteArrayList<>();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS + EXPERT_SEEKERS + 1);
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < SEARCHERS; i++) {
        Random random = new Random(seed + i);
        workers.add(pool.submit(() -> reads(copse, end, random, false, latencies, errors)));
      }
      for (int i = 0; i < EXPERT_SEEKERS; i++) {
        Random random = new Random(seed + 100 + i);
        workers.add(pool.submit(() -> reads(copse, end, random, true, latencies, errors)));
      }
      workers.add(pool.submit(() -> ingests(copse, end, ingests, errors)));
      for (Future<?> worker : workers) {
        worker.get(seconds + 300L, TimeUnit.SECONDS);
      }
      pool.shutdown();

      report(latencies, ingests);
      assertThat(errors).isEmpty();
      assertThat(ingests).isNotEmpty().allSatisfy(r -> assertThat(r.completed()).as(r.summary()).isTrue());
      assertThat(latencies.values().stream().mapToInt(List::size).sum()).isPositive();

      // one more read after the last ingest lets the index release what merges replaced
      copse.browser().signedInAs("tom.evans", DemoLoader.PASSWORD).get("/api/v1/search?q=damp");
      List<String> deletedButOpen = openFiles(indexDir).stream().filter(f -> f.endsWith("(deleted)")).toList();
      long filesAfter = openFiles(null).size();
      log.info("open files: {} before the load, {} after", filesBefore, filesAfter);
      assertThat(deletedButOpen).as("index files still held after deletion (leaked readers)").isEmpty();
      assertThat(filesAfter).as("open files after the load").isLessThanOrEqualTo(filesBefore + 40);
    }
  }

  private static void warmUp(CopseInstance copse) {
    Browser browser = copse.browser().signedInAs("tom.evans", DemoLoader.PASSWORD);
    for (String q : QUERIES) {
      browser.get("/api/v1/search?q=" + Browser.encode(q));
    }
  }

  private static void reads(CopseInstance copse, long end, Random random, boolean experts,
      Map<String, List<Long>> latencies, List<String> errors) {
    Browser browser = copse.browser().signedInAs(random.nextBoolean() ? "tom.evans" : "david.reid",
        DemoLoader.PASSWORD);
    while (System.nanoTime() < end) {
      String kind;
      String path;
      if (experts) {
        String topic = Browser.encode(TOPICS.get(random.nextInt(TOPICS.size())));
        kind = random.nextBoolean() ? "experts api" : "experts page";
        path = kind.equals("experts api") ? "/api/v1/experts?topic=" + topic : "/experts?topic=" + topic;
      } else {
        String q = QUERIES.get(random.nextInt(QUERIES.size()));
        int choice = random.nextInt(4);
        kind = choice == 0 ? "search page" : choice == 1 ? "suggest" : "search api";
        path = switch (choice) {
          case 0 -> "/search?q=" + Browser.encode(q);
          case 1 -> "/api/v1/suggest?prefix=" + Browser.encode(q.substring(0, Math.min(3, q.length())));
          default -> "/api/v1/search?q=" + Browser.encode(q) + "&page=" + (1 + random.nextInt(3));
        };
      }
      long start = System.nanoTime();
      try {
        HttpResponse<String> response = browser.get(path);
        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
            .add(System.nanoTime() - start);
        if (response.statusCode() != 200) {
          errors.add(response.statusCode() + " " + path);
        }
      } catch (RuntimeException e) {
        errors.add(e + " " + path);
      }
    }
  }

  /** Ingests feed after feed, each with new posts, until the time is up. */
  private static void ingests(CopseInstance copse, long end, List<IngestReport> reports, List<String> errors) {
    IngestRuns runs = copse.bean(IngestRuns.class);
    int round = 0;
    try {
      while (System.nanoTime() < end) {
        Path feed = feed(copse.dataDir(), round);
        reports.add(runs.run(IngestRequest.of("feed", feed, "housing").withOption("name", "load-" + round),
            ProgressListener.none()));
        round++;
      }
    } catch (IOException | RuntimeException e) {
      errors.add("ingest round " + round + ": " + e);
    }
  }

  private static Path feed(Path dataDir, int round) throws IOException {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      items.append("<item><title>Loadfeed round ").append(round).append(" post ").append(i)
          .append(" on damp and retrofit</title><link>https://load.example.org/").append(round).append('/').append(i)
          .append("</link><guid>https://load.example.org/?r=").append(round).append("&amp;p=").append(i)
          .append("</guid><pubDate>Tue, 17 Nov 2026 08:00:00 GMT</pubDate><dc:creator>Load Writer ").append(i % 5)
          .append("</dc:creator><description>Loadfeed notes on damp surveys, retrofit grants and void repairs, round ")
          .append(round).append(".</description></item>\n");
    }
    Path file = Files.createDirectories(dataDir.resolve("load-feeds")).resolve("feed-" + round + ".xml");
    Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Load</title><link>https://load.example.org"
        + "</link><description>Load</description>\n" + items + "</channel></rss>\n");
    return file;
  }

  private static void report(Map<String, List<Long>> latencies, List<IngestReport> ingests) {
    latencies.forEach((kind, times) -> {
      List<Long> sorted = new ArrayList<>(times);
      Collections.sort(sorted);
      log.info("load: {} x {}: p50 {} ms, p99 {} ms, max {} ms", sorted.size(), kind, millis(sorted, 0.50),
          millis(sorted, 0.99), millis(sorted, 1.0));
    });
    log.info("load: {} ingests completed, {} contributions indexed", ingests.size(),
        ingests.stream().mapToLong(IngestReport::indexed).sum());
  }

  private static String millis(List<Long> sorted, double quantile) {
    int at = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
    return String.format("%.1f", sorted.get(Math.max(0, at)) / 1e6);
  }

  /** The targets of this process's open file descriptors, optionally only those under a folder. */
  private static List<String> openFiles(Path under) throws IOException {
    List<String> targets = new ArrayList<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (under == null || target.startsWith(under.toString())) {
            targets.add(target);
          }
        } catch (IOException e) {
          // the descriptor closed while listing: not open any more
        }
      }
    }
    return targets;
  }
}
