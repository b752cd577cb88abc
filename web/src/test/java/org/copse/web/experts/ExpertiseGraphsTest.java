package org.copse.web.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.copse.expertise.graph.GraphSettings;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributionStore;
import org.copse.index.ContributorRole;
import org.copse.store.JdbcContributionStore;
import org.copse.store.JdbcSnapshots;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The graph follows the store (real H2 file database): built, refreshed with additions and
 * deletions, saved and loaded, in a file or as a database snapshot.
 */
class ExpertiseGraphsTest {
  private static final AccessScope HOUSING = AccessScope.of("viewer", "housing");
  private static final Instant LATER = Instant.parse("2026-12-01T00:00:00Z");

  @TempDir Path dataDir;
  private JdbcContributionStore store;
  private JdbcSnapshots snapshots;
  private Path file;

  /** The two places the graph can be kept. */
  enum Where { FILE, DATABASE }

  @BeforeEach
  void store() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("db/copse"));
    dataSource.setUser("sa");
    dataSource.setPassword("");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    store = new JdbcContributionStore(dataSource);
    snapshots = new JdbcSnapshots(dataSource);
    file = dataDir.resolve("expertise/graph.bin");
  }

  private ExpertiseGraphs.Storage storage(Where where) {
    return where == Where.FILE ? ExpertiseGraphs.Storage.file(file) : ExpertiseGraphs.Storage.database(snapshots);
  }

  private boolean saved(Where where) {
    return where == Where.FILE ? Files.exists(file) : snapshots.find(ExpertiseGraphs.SNAPSHOT).isPresent();
  }

  private static Contribution post(int n) {
    return Contribution.builder("t:housing:" + n, ContributionKind.FORUM_ANSWER, "housing")
        .title("Damp answer " + n).body("Ventilate and treat the damp.").tags(List.of("damp"))
        .created(Instant.parse("2026-11-01T10:00:00Z").plusSeconds(n * 3600L))
        .contributor("m" + n, ContributorRole.ANSWERER).build();
  }

  @ParameterizedTest
  @EnumSource(Where.class)
  void followsTheStoreAndIsSavedForTheNextStart(Where where) {
    store.save(List.of(post(1), post(2), post(3)));
    ExpertiseGraphs graphs = new ExpertiseGraphs(store, storage(where), GraphSettings.defaults());
    assertThat(graphs.graph().size()).isEqualTo(3);
    assertThat(saved(where)).isTrue();

    store.delete(List.of("t:housing:2"));
    store.save(List.of(post(4), post(5)));
    assertThat(graphs.refresh()).isEqualTo(4);

    ExpertiseGraphs reloaded = new ExpertiseGraphs(store, storage(where), GraphSettings.defaults());
    assertThat(reloaded.graph().size()).isEqualTo(4);
    store.save(List.of(post(6)));
    assertThat(reloaded.refresh()).isEqualTo(5);
  }

  @ParameterizedTest
  @EnumSource(Where.class)
  void anEmptyStoreGivesAnEmptyGraphAndNothingSaved(Where where) {
    ExpertiseGraphs graphs = new ExpertiseGraphs(store, storage(where), GraphSettings.defaults());

    assertThat(graphs.graph().size()).isZero();
    assertThat(saved(where)).isFalse();
  }

  @Test
  void anotherInstanceOnTheSameDatabaseLoadsTheSnapshotInsteadOfReadingTheStore() {
    store.save(List.of(post(1), post(2), post(3)));
    ExpertiseGraphs first = new ExpertiseGraphs(store, storage(Where.DATABASE), GraphSettings.defaults());
    CountingStore counting = new CountingStore(store);

    ExpertiseGraphs second = new ExpertiseGraphs(counting, storage(Where.DATABASE), GraphSettings.defaults());

    assertThat(counting.reads.get()).isZero();
    assertThat(second.graph().size()).isEqualTo(first.graph().size());
    for (String member : List.of("m1", "m2", "m3")) {
      assertThat(second.graph().view(HOUSING, LATER).expertiseProfile(member))
          .isEqualTo(first.graph().view(HOUSING, LATER).expertiseProfile(member)).isNotEmpty();
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void aDamagedSnapshotIsRebuiltFromTheStore() {
    store.save(List.of(post(1), post(2)));
    snapshots.save(ExpertiseGraphs.SNAPSHOT, out -> out.write("not a graph".getBytes(StandardCharsets.UTF_8)));

    ExpertiseGraphs graphs = new ExpertiseGraphs(store, storage(Where.DATABASE), GraphSettings.defaults());

    assertThat(graphs.graph().size()).isEqualTo(2);
    CountingStore counting = new CountingStore(store);
    assertThat(new ExpertiseGraphs(counting, storage(Where.DATABASE), GraphSettings.defaults()).graph().size())
        .isEqualTo(2);
    assertThat(counting.reads.get()).isZero(); // the rebuilt graph was saved again
  }

  /** A real store that counts full reads, to tell a loaded graph from a rebuilt one. */
  private static final class CountingStore implements ContributionStore {
    private final ContributionStore delegate;
    final AtomicInteger reads = new AtomicInteger();

    CountingStore(ContributionStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public void save(Collection<Contribution> contributions) {
      delegate.save(contributions);
    }

    @Override
    public void delete(Collection<String> ids) {
      delegate.delete(ids);
    }

    @Override
    public Optional<Contribution> find(String id) {
      return delegate.find(id);
    }

    @Override
    public Map<String, String> contentHashes(Collection<String> ids) {
      return delegate.contentHashes(ids);
    }

    @Override
    public void forEach(Consumer<Contribution> visitor) {
      reads.incrementAndGet();
      delegate.forEach(visitor);
    }

    @Override
    public long count() {
      return delegate.count();
    }
  }
}
