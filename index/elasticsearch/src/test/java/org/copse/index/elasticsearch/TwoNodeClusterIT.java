package org.copse.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.IndexException;
import org.copse.index.SearchRequest;
import org.copse.index.query.UserQuery;
import org.copse.index.elasticsearch.server.ElasticsearchDistribution;
import org.copse.index.elasticsearch.server.ElasticsearchNode;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Losing a node mid-write: a two-node cluster (one master-eligible node, one data-only node), an
 * index with one replica whose primary is placed on the data-only node, and that node killed outright
 * during a stream of bulk writes, so the replica must be promoted while writes keep coming.
 * Every batch {@code apply} acknowledged must still be searchable, and searches must keep answering.
 */
class TwoNodeClusterIT {
  private static final Logger log = LoggerFactory.getLogger(TwoNodeClusterIT.class);
  private static final int BATCHES = 40;
  private static final int BATCH_SIZE = 25;
  private static final int KILL_AFTER_BATCHES = 8;
  private static final AccessScope HOUSING = AccessScope.of("m-viewer", "housing");

  @Test
  void acknowledgedWritesSurviveTheLossOfTheNonMasterNode() throws Exception {
    ElasticsearchDistribution distribution = ElasticsearchDistribution.shared();
    int masterTransport = ElasticsearchNode.freePort();
    int dataTransport = ElasticsearchNode.freePort();
    Map<String, String> cluster = Map.of(
        "cluster.name", "copse-two-nodes",
        "discovery.seed_hosts", "127.0.0.1:" + masterTransport + ",127.0.0.1:" + dataTransport,
        "cluster.initial_master_nodes", "master-1");
    Map<String, String> dataOnly = new HashMap<>(cluster);
    dataOnly.put("node.roles", "data,ingest");
    CompletableFuture<ElasticsearchNode> startingMaster = CompletableFuture.supplyAsync(() ->
        ElasticsearchNode.start(distribution, "master-1", masterTransport, cluster));
    CompletableFuture<ElasticsearchNode> startingData = CompletableFuture.supplyAsync(() ->
        ElasticsearchNode.start(distribution, "data-2", dataTransport, dataOnly));
    try (ElasticsearchNode master = startingMaster.get(); ElasticsearchNode data = startingData.get()) {
      master.awaitCluster("wait_for_nodes=2", Duration.ofSeconds(90));
      ElasticsearchSettings settings = ElasticsearchSettings.of(master.url(), data.url())
          .withAlias("two-nodes").withLayout(1, 1).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(90));
      try (ElasticsearchSearchIndex index = ElasticsearchSearchIndex.open(settings)) {
        placePrimaryOn(master, data.name());

        List<String> acknowledged = new ArrayList<>();
        List<String> failedBatches = new ArrayList<>();
        CountDownLatch killPoint = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> searchFailures = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
          while (writing.get()) {
            try {
              index.search(SearchRequest.of(UserQuery.parse("gritting"), HOUSING));
              searches.incrementAndGet();
            } catch (RuntimeException e) {
              searchFailures.add(e);
            }
          }
        }, "cluster-reader");
        Thread writer = new Thread(() -> {
          try {
            for (int b = 0; b < BATCHES; b++) {
              List<Contribution> batch = batch(b);
              try {
                index.index(batch);
                batch.forEach(c -> acknowledged.add(c.id()));
              } catch (IndexException e) {
                log.info("batch {} not acknowledged: {}", b, e.getMessage());
                failedBatches.add("batch " + b + ": " + e.getMessage());
              }
              if (b + 1 == KILL_AFTER_BATCHES) {
                killPoint.countDown();
              }
            }
          } finally {
            writing.set(false);
          }
        }, "cluster-writer");
        reader.start();
        writer.start();
        assertThat(killPoint.await(120, TimeUnit.SECONDS)).as("writes reached the kill point").isTrue();
        data.kill();
        log.info("killed {} after {} batches", data.name(), KILL_AFTER_BATCHES);
        writer.join(TimeUnit.MINUTES.toMillis(3));
        reader.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(writer.isAlive()).as("writer finished").isFalse();

        log.info("{} of {} contributions acknowledged; {} batches failed; {} searches answered, {} failed",
            acknowledged.size(), BATCHES * BATCH_SIZE, failedBatches.size(), searches.get(), searchFailures.size());
        assertThat(acknowledged).hasSizeGreaterThan(KILL_AFTER_BATCHES * BATCH_SIZE);
        assertThat(index.countIds(acknowledged)).isEqualTo(acknowledged.size());
        long found = index.search(SearchRequest.of(UserQuery.parse("gritting"), HOUSING)).totalHits();
        assertThat(found).isGreaterThanOrEqualTo(acknowledged.size());
        assertThat(searchFailures).as("searches that failed while the node died").isEmpty();
        assertThat(searches.get()).isPositive();
      }
    }
  }

  /**
   * Drops the replica and moves the primary to the node, then adds the replica back, which can
   * only go to the other node: the primary stays where it was put.
   */
  private static void placePrimaryOn(ElasticsearchNode master, String nodeName) throws Exception {
    assertThat(master.put("/two-nodes/_settings", "{\"index.number_of_replicas\": 0, "
        + "\"index.routing.allocation.require._name\": \"" + nodeName + "\"}").statusCode()).isEqualTo(200);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!master.get("/_cat/shards/two-nodes?h=prirep,state,node").body().matches("(?s).*p\\s+STARTED\\s+" + nodeName + ".*")) {
      assertThat(System.nanoTime()).as("primary started on " + nodeName).isLessThan(deadline);
      Thread.sleep(200);
    }
    assertThat(master.put("/two-nodes/_settings", "{\"index.number_of_replicas\": 1, "
        + "\"index.routing.allocation.require._name\": null}").statusCode()).isEqualTo(200);
    master.awaitHealth("green", Duration.ofSeconds(60));
    String shards = master.get("/_cat/shards/two-nodes?h=prirep,node").body();
    log.info("shards before the kill:\n{}", shards);
    assertThat(shards).containsPattern("p\\s+" + nodeName);
  }

  private static List<Contribution> batch(int number) {
    List<Contribution> batch = new ArrayList<>();
    for (int i = 0; i < BATCH_SIZE; i++) {
      batch.add(Contribution.builder("doc:gritting-" + number + "-" + i, ContributionKind.BLOG_POST, "housing")
          .title("Winter gritting route " + number + "." + i)
          .body("Gritting crews treat priority route " + i + " before the morning rush.")
          .contributor("m-crew-" + (i % 4), ContributorRole.AUTHOR)
          .created(Instant.parse("2024-12-01T06:00:00Z").plusSeconds(number * 60L + i))
          .contentHash("h-" + number + "-" + i).build());
    }
    return batch;
  }
}
