package org.copse.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.copse.expertise.eval.EvaluationReport;
import org.copse.expertise.eval.EvaluationSettings;
import org.copse.expertise.eval.ExpertEvaluation;
import org.copse.expertise.eval.MethodResult;
import org.copse.expertise.eval.TimeSplit;
import org.copse.expertise.graph.GraphSettings;
import org.copse.expertise.rank.RankingSettings;
import org.copse.index.Contribution;
import org.copse.index.SearchIndex;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.index.lucene.LuceneSettings;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.stackexchange.StackExchangeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates expert finding on Stack Exchange dump folders, Copse's ranking (and its ablations)
 * against the baselines in the same run, and writes one JSON report per site.
 *
 * <p>Usage: {@code ExpertEvaluationRunner OUT_DIR SITE_FOLDER...}, for example
 * {@code target/expertise-eval /work/shared/data/stackexchange/beer.stackexchange.com}. Each site is
 * read with {@link StackExchangeSource} and indexed into a fresh Lucene index in a temporary folder.
 */
public final class ExpertEvaluationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ExpertEvaluationRunner.class);

  private ExpertEvaluationRunner() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ExpertEvaluationRunner OUT_DIR SITE_FOLDER...");
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    for (int i = 1; i < args.length; i++) {
      Path folder = Path.of(args[i]);
      String site = folder.getFileName().toString();
      List<Contribution> contributions = read(folder);
      Path work = Files.createTempDirectory("copse-expertise-eval-");
      EvaluationReport report = new ExpertEvaluation(settings()).run(site, contributions, indexes(work));
      Path file = out.resolve(site + ".json");
      Files.writeString(file, report.toJson());
      LOG.info("{}: {} contributions, {} test questions ({} strict); report in {}", site, report.contributions(),
          report.testQuestions(), report.strictQuestions(), file);
      report.methods().forEach((name, result) -> LOG.info("{} {}", site, line(name, result)));
    }
  }

  /**
   * Copse's default ranking first, then ablations: scores instead of ranks, without the recency
   * signals, each model alone, and topic propagation added.
   */
  static EvaluationSettings settings() {
    RankingSettings base = RankingSettings.defaults();
    Map<String, RankingSettings> variants = new LinkedHashMap<>();
    variants.put("copse", base);
    variants.put("copse-by-relative-relevance", base.withRankConstant(0));
    variants.put("copse-without-recent-topics", base.withRecentTopicWeight(0));
    variants.put("copse-without-activity-or-recent-topics", base.withRecentTopicWeight(0).withActivity(0, 1));
    RankingSettings lasting = base.withRecentTopicWeight(0).withActivity(0, 1);
    variants.put("copse-document-model", lasting.withModelWeights(1, 0, 0, 0, 0));
    variants.put("copse-document-model+threads", lasting.withModelWeights(1, 1, 0, 0, 0));
    variants.put("copse-profile-model", lasting.withModelWeights(0, 0, 1, 0, 0));
    variants.put("copse-profile-model+propagation", lasting.withModelWeights(0, 0, 1, 0.3, 0));
    variants.put("copse-document+profile", lasting.withModelWeights(1, 1, base.profileWeight(), 0, 0));
    variants.put("copse+propagation", base.withModelWeights(1, 1, base.profileWeight(), 0.3, base.priorWeight()));
    return new EvaluationSettings(TimeSplit.DEFAULT_TEST_SHARE, GraphSettings.defaults(), variants,
        RankingSettings.DEFAULT_EVIDENCE_DEPTH, EvaluationSettings.DEFAULT_LIMIT);
  }

  private static List<Contribution> read(Path folder) {
    String community = "se-" + folder.getFileName().toString().split("\\.")[0];
    StackExchangeSource source = new StackExchangeSource(folder, SourceOptions.forCommunity(community));
    List<Contribution> contributions = new ArrayList<>();
    AtomicInteger skipped = new AtomicInteger();
    try (SourceCursor cursor = source.items(item -> skipped.incrementAndGet())) {
      cursor.forEachRemaining(item -> contributions.add(item.draft()));
    }
    LOG.info("{}: read {} contributions, skipped {}", source.name(), contributions.size(), skipped.get());
    return contributions;
  }

  private static Supplier<SearchIndex> indexes(Path work) {
    return () -> {
      try {
        return LuceneSearchIndex.open(Files.createTempDirectory(work, "index-"), LuceneSettings.defaults());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static String line(String name, MethodResult result) {
    return String.format(java.util.Locale.ROOT,
        "%-34s strict MRR %.3f P@1 %.3f nDCG@10 %.3f R@100 %.3f | lenient MRR %.3f P@1 %.3f nDCG@10 %.3f R@100 %.3f",
        name, result.strict().mrr(), result.strict().precisionAt1(), result.strict().ndcgAt10(),
        result.strict().recallAt100(), result.lenient().mrr(), result.lenient().precisionAt1(),
        result.lenient().ndcgAt10(), result.lenient().recallAt100());
  }
}
