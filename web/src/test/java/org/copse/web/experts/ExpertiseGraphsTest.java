package org.copse.web.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.copse.expertise.graph.GraphSettings;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.store.JdbcContributionStore;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph follows the store (real H2 file database): built, refreshed with additions and deletions, saved and loaded. */
class ExpertiseGraphsTest {
  @TempDir Path dataDir;
  private JdbcContributionStore store;
  private Path file;

  @BeforeEach
  void store() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("db/copse"));
    dataSource.setUser("sa");
    dataSource.setPassword("");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    store = new JdbcContributionStore(dataSource);
    file = dataDir.resolve("expertise/graph.bin");
  }

  private static Contribution post(int n) {
    return Contribution.builder("t:housing:" + n, ContributionKind.FORUM_ANSWER, "housing")
        .title("Damp answer " + n).body("Ventilate and treat the damp.").tags(List.of("damp"))
        .created(Instant.parse("2026-11-01T10:00:00Z").plusSeconds(n * 3600L))
        .contributor("m" + n, ContributorRole.ANSWERER).build();
  }

  @Test
  void followsTheStoreAndIsSavedForTheNextStart() {
    store.save(List.of(post(1), post(2), post(3)));
    ExpertiseGraphs graphs = new ExpertiseGraphs(store, file, GraphSettings.defaults());
    assertThat(graphs.graph().size()).isEqualTo(3);
    assertThat(file).exists();

    store.delete(List.of("t:housing:2"));
    store.save(List.of(post(4), post(5)));
    assertThat(graphs.refresh()).isEqualTo(4);

    ExpertiseGraphs reloaded = new ExpertiseGraphs(store, file, GraphSettings.defaults());
    assertThat(reloaded.graph().size()).isEqualTo(4);
    store.save(List.of(post(6)));
    assertThat(reloaded.refresh()).isEqualTo(5);
  }

  @Test
  void anEmptyStoreGivesAnEmptyGraphAndNoFile() {
    ExpertiseGraphs graphs = new ExpertiseGraphs(store, file, GraphSettings.defaults());

    assertThat(graphs.graph().size()).isZero();
    assertThat(file).doesNotExist();
  }
}
