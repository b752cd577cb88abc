package org.copse.bench.workload;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.copse.bench.corpus.Population;
import org.copse.bench.engine.Engine;
import org.copse.bench.harness.LatencySummary;
import org.copse.bench.harness.LoadMonitor;
import org.copse.bench.harness.QueryTimer;
import org.copse.bench.harness.Result;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.index.lucene.LuceneSettings;
import org.copse.store.JdbcDirectory;
import org.copse.web.digest.Digest;
import org.copse.web.digest.DigestPeriod;
import org.copse.web.digest.DigestPreferences;
import org.copse.web.digest.DigestSelector;
import org.copse.web.digest.DigestSettings;
import org.copse.web.digest.EvidenceExpertFinder;
import org.copse.web.digest.HistoryInterests;
import org.copse.web.digest.IsoWeek;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly digest: Copse's {@link DigestSelector} (the selection the digest job and
 * {@code copse digest} run for every member) over the Copse Lucene index of the corpus, with a
 * directory of {@code digestMembers} members (the most active authors, with the corpus's
 * memberships) in an H2 file database, for the corpus's last week. A seeded sample of
 * {@code digestsPerRound} members is digested once untimed (warm-up, and the check that digests
 * have content), then in {@code rounds} timed rounds per thread count. Reports digests/s and p50,
 * p95, p99 per digest (medians over rounds), and with one thread the time per digest spent finding
 * the member's interests (their history) and people to ask; the rest is the candidate searches,
 * sections and ranking. Rendering and sending mail are not timed.
 */
public final class DigestWorkload implements Workload {
  private static final Logger LOG = LoggerFactory.getLogger(DigestWorkload.class);
  /** The corpus's dates end on 2025-12-31: its last full ISO week. */
  static final IsoWeek WEEK = IsoWeek.of(LocalDate.of(2025, 12, 22));
  private static final String ENGINE = "copse-lucene";

  @Override
  public String name() {
    return "digest";
  }

  @Override
  public void run(BenchContext context) throws IOException {
    BenchSettings settings = context.settings();
    Engine copse = context.engines().stream().filter(e -> e.name().equals(ENGINE)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the digest workload needs the " + ENGINE + " engine"));
    context.ensureBuilt(copse);
    int members = Math.min(settings.digestMembers(), Population.AUTHORS);
    DigestPeriod period = DigestPeriod.weekly(WEEK);
    List<String> sample = sample(members, settings.digestsPerRound(), settings.seed() + 2);
    context.table().fact("digest: directory", String.format(Locale.ROOT,
        "%,d members (the most active authors) with their memberships, 1,000 communities, H2 file database", members));
    try (DigestDirectory directory = DigestDirectory.ensure(context, members);
        LuceneSearchIndex index = LuceneSearchIndex.open(context.indexFolder(copse), LuceneSettings.defaults());
        LoadMonitor load = LoadMonitor.start()) {
      TimedInterests interests = new TimedInterests(new HistoryInterests(index));
      TimedExperts experts = new TimedExperts(new EvidenceExpertFinder(index, directory.directory()));
      DigestSelector selector = new DigestSelector(index, directory.directory(), interests, experts, DigestSettings.DEFAULTS);
      checkContent(context, selector, period, sample);
      for (int threads : settings.searchThreads()) {
        List<LatencySummary> rounds = new ArrayList<>();
        double[] interestMs = new double[settings.rounds()];
        double[] expertMs = new double[settings.rounds()];
        for (int round = 0; round < settings.rounds(); round++) {
          interests.reset();
          experts.reset();
          rounds.add(QueryTimer.time(sample, threads,
              member -> selector.select(member, period, DigestPreferences.defaults(member))));
          interestMs[round] = interests.nanos.sum() / 1e6 / sample.size();
          expertMs[round] = experts.nanos.sum() / 1e6 / sample.size();
        }
        String p = threads + "T ";
        add(context, p + "digests/s", "1/s", rounds.stream().mapToDouble(LatencySummary::qps).toArray());
        add(context, p + "p50 per digest", "ms", rounds.stream().mapToDouble(LatencySummary::p50).toArray());
        add(context, p + "p95 per digest", "ms", rounds.stream().mapToDouble(LatencySummary::p95).toArray());
        add(context, p + "p99 per digest", "ms", rounds.stream().mapToDouble(LatencySummary::p99).toArray());
        if (threads == 1) {
          add(context, p + "of which interests (history)", "ms", interestMs);
          add(context, p + "of which people to ask", "ms", expertMs);
        }
      }
      context.table().fact("digest: other processes' CPU",
          String.format("mean %.2f, max %.2f cores", load.meanOtherCores(), load.maxOtherCores()));
    }
  }

  private void checkContent(BenchContext context, DigestSelector selector, DigestPeriod period, List<String> sample) {
    long nonEmpty = 0;
    long items = 0;
    long people = 0;
    for (String member : sample) {
      Digest digest = selector.select(member, period, DigestPreferences.defaults(member));
      nonEmpty += digest.isEmpty() ? 0 : 1;
      items += digest.items().size();
      people += digest.experts().size();
    }
    if (nonEmpty == 0) {
      throw new IllegalStateException("every digest of week " + WEEK + " came back empty: the harness measured nothing");
    }
    context.table().fact("digest: week and sample", String.format(Locale.ROOT,
        "%s; %,d members digested per round, seed %d; %.0f%% of digests non-empty, %.1f items and %.2f people to ask on average",
        WEEK, sample.size(), context.settings().seed() + 2, 100.0 * nonEmpty / sample.size(),
        (double) items / sample.size(), (double) people / sample.size()));
    LOG.info("Digest warm-up: {} of {} digests non-empty", nonEmpty, sample.size());
  }

  private void add(BenchContext context, String metric, String unit, double[] values) {
    context.table().add(Result.of(name(), metric, unit, ENGINE, values));
  }

  /** Distinct members drawn with a seed, so every run digests the same ones. */
  static List<String> sample(int members, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = Math.min(count, members);
    List<String> ids = new ArrayList<>(n);
    Set<Integer> chosen = new LinkedHashSet<>();
    while (chosen.size() < n) {
      chosen.add(random.nextInt(members));
    }
    chosen.forEach(a -> ids.add(Population.authorId(a)));
    return ids;
  }
}
