package org.copse.bench.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copse.bench.corpus.Population;
import org.copse.index.Community;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.store.JdbcDirectory;
import org.copse.store.StoreSchema;
import org.copse.bench.harness.H2Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory the digest workload reads: the corpus's 1,000 communities and its first
 * {@code members} authors (the most active, by the corpus's Zipf ranks) with their memberships, in
 * an H2 file database under the work folder, written once per size and seed and reused.
 */
final class DigestDirectory implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DigestDirectory.class);
  private static final int BATCH = 5_000;

  private final H2Database database;
  private final JdbcDirectory directory;

  private DigestDirectory(H2Database database, JdbcDirectory directory) {
    this.database = database;
    this.directory = directory;
  }

  @Override
  public void close() {
    database.close();
  }

  JdbcDirectory directory() {
    return directory;
  }

  static DigestDirectory ensure(BenchContext context, int members) throws IOException {
    Path folder = context.settings().workFolder()
        .resolve("digest-directory-" + members + "-seed" + context.settings().seed());
    boolean built = Files.exists(folder.resolve(BenchContext.BUILT_MARKER));
    if (!built) {
      context.clearFolder(folder);
    }
    H2Database database = new H2Database(folder.resolve("db"));
    StoreSchema.migrate(database.dataSource());
    JdbcDirectory directory = new JdbcDirectory(database.dataSource());
    if (!built) {
      long start = System.nanoTime();
      fill(directory, context.model().population(), members);
      Files.writeString(folder.resolve(BenchContext.BUILT_MARKER), "complete\n");
      LOG.info("Wrote a directory of {} members in {} s", members, (System.nanoTime() - start) / 1_000_000_000);
    }
    return new DigestDirectory(database, directory);
  }

  static void fill(JdbcDirectory directory, Population population, int members) {
    List<Community> communities = new ArrayList<>();
    for (int c = 0; c < Population.COMMUNITIES; c++) {
      String id = Population.communityId(c);
      communities.add(new Community(id, "Community " + id, "Bench community " + id, population.visibility(c), "bench"));
    }
    directory.saveCommunities(communities);
    List<Member> people = new ArrayList<>();
    List<Membership> memberships = new ArrayList<>();
    for (int a = 0; a < members; a++) {
      String id = Population.authorId(a);
      people.add(new Member(id, "Member " + a, id + "@bench.example", "bench"));
      for (int c : population.membershipsOf(a)) {
        memberships.add(new Membership(id, Population.communityId(c), Membership.Role.MEMBER));
      }
      if (people.size() == BATCH) {
        flush(directory, people, memberships);
      }
    }
    flush(directory, people, memberships);
    LOG.info(String.format(Locale.ROOT, "Directory: %,d communities, %,d members", communities.size(), members));
  }

  private static void flush(JdbcDirectory directory, List<Member> people, List<Membership> memberships) {
    directory.saveMembers(people);
    directory.saveMemberships(memberships);
    people.clear();
    memberships.clear();
  }
}
