package org.copse.web.facilitation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.copse.expertise.graph.ExpertiseGraph;
import org.copse.expertise.graph.GraphSettings;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.expertise.rank.ExpertPreferences;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.index.Visibility;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.store.JdbcContributionStore;
import org.copse.store.JdbcDirectory;
import org.copse.store.StoreSchema;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Real parts in a temporary folder: an H2 file database migrated with every module's migrations on
 * the class path (store, digest, facilitation), a Lucene index, the expertise graph and finder, and a
 * clock tests move. Two communities: {@code open} (public) and {@code closed} (members only).
 */
final class FacilitationWorld implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  final JdbcDataSource dataSource = new JdbcDataSource();
  final JdbcDirectory directory;
  final JdbcContributionStore store;
  final LuceneSearchIndex index;
  final ExpertiseGraph graph = new ExpertiseGraph(GraphSettings.defaults());
  final MutableClock clock = new MutableClock(NOW);

  FacilitationWorld(Path folder) {
    dataSource.setURL("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath());
    StoreSchema.migrate(dataSource);
    directory = new JdbcDirectory(dataSource);
    store = new JdbcContributionStore(dataSource);
    index = LuceneSearchIndex.open(folder.resolve("index"));
    directory.saveCommunities(List.of(
        new Community("open", "Open community", "", Visibility.PUBLIC, "Council A"),
        new Community("closed", "Closed community", "", Visibility.MEMBERS_ONLY, "Trust B")));
  }

  void members(String... ids) {
    directory.saveMembers(java.util.Arrays.stream(ids).map(id -> new Member(id, "Name of " + id, id + "@example.org", ""))
        .toList());
  }

  void join(String member, String community, Membership.Role role) {
    directory.saveMemberships(List.of(new Membership(member, community, role)));
  }

  void add(Contribution... contributions) {
    store.save(List.of(contributions));
    index.index(List.of(contributions));
    graph.upsert(List.of(contributions));
  }

  ExpertFinder finder() {
    return new ExpertFinder(index, graph, ExpertPreferences.NONE);
  }

  static Contribution post(String id, ContributionKind kind, String community, String author, ContributorRole role,
      Instant created, String title, String thread, String... tags) {
    return Contribution.builder(id, kind, community).title(title).body(title).contributor(author, role)
        .tags(List.of(tags)).created(created).threadId(thread).build();
  }

  @Override
  public void close() {
    index.close();
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
