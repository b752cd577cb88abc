package org.copse.expertise.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.copse.expertise.graph.ContributionNode;
import org.copse.expertise.graph.Credit;
import org.copse.expertise.graph.ExpertiseGraph;
import org.copse.expertise.graph.GraphView;
import org.copse.expertise.rank.ExpertPreferences;
import org.copse.expertise.rank.ExpertQuery;
import org.copse.expertise.rank.ExpertRanker;
import org.copse.expertise.rank.RankingSettings;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates expert ranking on a question-and-answer dump, Copse's variants and two baselines in the
 * same run.
 *
 * <p>Method: questions are ordered by time and the latest {@code testShare} are held out. Everything
 * is indexed once; each held-out question is answered only from what existed before it was asked: the
 * evidence search carries a date filter and drops anything created at or after the question, and the
 * graph is read through a view as of that instant. The asker is never suggested. A ranking is judged
 * against the accepted answerer (strict) and every good answerer (lenient). Vote scores and accepted
 * marks are as of the dump (a known, shared leak of such evaluations), and BM25 statistics are
 * collection-wide.
 */
public final class ExpertEvaluation {

  private static final Logger LOG = LoggerFactory.getLogger(ExpertEvaluation.class);
  private static final String VIEWER = "evaluation";
  private static final int INDEX_BATCH = 1_000;

  private final EvaluationSettings settings;

  public ExpertEvaluation(EvaluationSettings settings) {
    this.settings = settings;
  }

  /**
   * Runs the evaluation. The supplied index is filled with every contribution, used, and closed.
   *
   * @param site a name for the report
   * @param contributions the whole dump
   * @param indexes makes a fresh, empty index
   */
  public EvaluationReport run(String site, List<Contribution> contributions, Supplier<SearchIndex> indexes) {
    long start = System.nanoTime();
    List<TestQuestion> tests = TimeSplit.testQuestions(contributions, settings.testShare());
    Set<String> communities = new TreeSet<>();
    contributions.forEach(c -> communities.add(c.communityId()));
    AccessScope scope = new AccessScope(VIEWER, communities);
    ExpertiseGraph graph = ExpertiseGraph.of(contributions, settings.graph());
    try (SearchIndex index = indexes.get()) {
      for (int from = 0; from < contributions.size(); from += INDEX_BATCH) {
        index.index(contributions.subList(from, Math.min(contributions.size(), from + INDEX_BATCH)));
      }
      List<RankingMethod> methods = methods(index, graph);
      Map<String, Accumulators> results = new LinkedHashMap<>();
      methods.forEach(m -> results.put(m.name(), new Accumulators()));
      Coverage coverage = new Coverage();
      int done = 0;
      for (TestQuestion test : tests) {
        GraphView view = graph.view(scope, test.question().created());
        ExpertQuery query = query(test);
        String slice = coverage.add(test, view);
        for (RankingMethod method : methods) {
          List<String> ranked = method.rank(query, view, settings.limit());
          results.get(method.name()).add(test, slice, ranked);
        }
        if (++done % 50 == 0) {
          LOG.info("{}: {} of {} test questions ranked", site, done, tests.size());
        }
      }
      Map<String, MethodResult> figures = new LinkedHashMap<>();
      results.forEach((name, accumulators) -> figures.put(name, accumulators.result()));
      long questions = contributions.stream().filter(c -> c.kind() == ContributionKind.FORUM_QUESTION).count();
      double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
      return new EvaluationReport(site, contributions.size(), (int) questions, tests.size(), coverage.strict,
          coverage.strictCoverage(), coverage.lenientCoverage(), Collections.unmodifiableMap(coverage.slices),
          Collections.unmodifiableMap(figures), seconds);
    }
  }

  private List<RankingMethod> methods(SearchIndex index, ExpertiseGraph graph) {
    List<RankingMethod> methods = new ArrayList<>();
    methods.add(new TagCountBaseline());
    methods.add(new Bm25DocumentBaseline(index, settings.baselineDepth()));
    for (Map.Entry<String, RankingSettings> variant : settings.variants().entrySet()) {
      ExpertRanker ranker = new ExpertRanker(index, graph, ExpertPreferences.NONE, variant.getValue());
      methods.add(new CopseMethod(variant.getKey(), ranker));
    }
    return methods;
  }

  /** The question's title and body as free text, with its tags, as it stood when asked; never its asker. */
  static ExpertQuery query(TestQuestion test) {
    Contribution question = test.question();
    ExpertQuery query = ExpertQuery.ofText(question.title() + "\n" + question.body(), question.tags())
        .asOf(question.created());
    return test.askerId() == null ? query : query.excluding(test.askerId());
  }

  /** How many answers a member had given before the view's instant. */
  static int priorAnswers(String memberId, GraphView view) {
    int answers = 0;
    for (ContributionNode node : view.contributionsOf(memberId)) {
      ContributorRole role = node.creditOf(memberId).map(Credit::role).orElse(ContributorRole.ASKER);
      if (role == ContributorRole.ANSWERER || role == ContributorRole.ACCEPTED_ANSWERER) {
        answers++;
      }
    }
    return answers;
  }

  /** Slices by the accepted answerer's earlier answers: none, a few, or many. */
  static String slice(int priorAnswers) {
    if (priorAnswers == 0) {
      return "unseen";
    }
    return priorAnswers < 5 ? "fewer-than-5-answers" : "5-or-more-answers";
  }

  /** Counts who had been seen answering before each question. */
  private static final class Coverage {
    private int strict;
    private int strictSeen;
    private int lenientPairs;
    private int lenientSeen;
    private final Map<String, Integer> slices = new LinkedHashMap<>();

    /** Records the question; returns the strict slice it falls in, or "" when it has no accepted answer. */
    String add(TestQuestion test, GraphView view) {
      for (String answerer : test.goodAnswerers()) {
        lenientPairs++;
        if (priorAnswers(answerer, view) > 0) {
          lenientSeen++;
        }
      }
      if (test.acceptedAnswerer() == null) {
        return "";
      }
      strict++;
      int prior = priorAnswers(test.acceptedAnswerer(), view);
      if (prior > 0) {
        strictSeen++;
      }
      String slice = slice(prior);
      slices.merge(slice, 1, Integer::sum);
      return slice;
    }

    double strictCoverage() {
      return strict == 0 ? 0 : (double) strictSeen / strict;
    }

    double lenientCoverage() {
      return lenientPairs == 0 ? 0 : (double) lenientSeen / lenientPairs;
    }
  }

  /** One method's sums. */
  private static final class Accumulators {
    private final MetricAccumulator strict = new MetricAccumulator();
    private final MetricAccumulator lenient = new MetricAccumulator();
    private final Map<String, MetricAccumulator> slices = new LinkedHashMap<>();

    void add(TestQuestion test, String slice, List<String> ranked) {
      lenient.add(ranked, test.relevant(Judgement.LENIENT));
      if (!slice.isEmpty()) {
        strict.add(ranked, test.relevant(Judgement.STRICT));
        slices.computeIfAbsent(slice, k -> new MetricAccumulator()).add(ranked, test.relevant(Judgement.STRICT));
      }
    }

    MethodResult result() {
      Map<String, MetricSummary> bySlice = new LinkedHashMap<>();
      slices.forEach((name, accumulator) -> bySlice.put(name, accumulator.summary()));
      return new MethodResult(strict.summary(), lenient.summary(), bySlice);
    }
  }
}
