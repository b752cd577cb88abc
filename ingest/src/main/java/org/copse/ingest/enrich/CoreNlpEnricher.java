package org.copse.ingest.enrich;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.util.CoreMap;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrichment with one shared CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner with the
 * three-class English model; SUTime, numeric and fine-grained classifiers off). Each document is
 * cut to the token cap, then analysed on a worker thread within the time limit; on timeout the
 * worker is interrupted (CoreNLP checks between annotators) and the document goes on without
 * enrichment. Loading the models takes a few seconds and about 0.5 GB of heap.
 */
public final class CoreNlpEnricher implements Enricher {
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
  private static final Logger log = LoggerFactory.getLogger(CoreNlpEnricher.class);

  private final EnrichmentSettings settings;
  private final StanfordCoreNLP pipeline;
  private final ExecutorService workers;

  public CoreNlpEnricher(EnrichmentSettings settings) {
    this.settings = settings;
    long start = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(properties(settings));
    log.info("CoreNLP pipeline loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    AtomicInteger count = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread thread = new Thread(r, "corenlp-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  static Properties properties(EnrichmentSettings settings) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.language", "en");
    props.setProperty("pos.maxlen", Integer.toString(settings.posMaxLen()));
    props.setProperty("ner.maxlen", Integer.toString(settings.nerMaxLen()));
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ner.combinationMode", "NORMAL");
    return props;
  }

  @Override
  public Enrichment enrich(String text) {
    long start = System.nanoTime();
    Future<Enrichment> job;
    try {
      job = workers.submit(() -> analyse(text, start));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return Enrichment.fallback(Enrichment.Outcome.ERROR, 0, "enricher is closed");
    }
    try {
      return job.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      return Enrichment.fallback(Enrichment.Outcome.TIMEOUT, System.nanoTime() - start,
          "no result within " + settings.timeout().toMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      log.warn("CoreNLP failed; indexing without enrichment", cause);
      return Enrichment.fallback(Enrichment.Outcome.ERROR, System.nanoTime() - start, String.valueOf(cause));
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      return Enrichment.fallback(Enrichment.Outcome.ERROR, System.nanoTime() - start, "interrupted");
    }
  }

  private Enrichment analyse(String text, long start) {
    Annotation document = new Annotation(capped(text, settings.maxTokens()));
    pipeline.annotate(document);
    List<List<TaggedToken>> sentences = new ArrayList<>();
    int tokens = 0;
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<TaggedToken> tagged = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        String tag = token.tag();
        tagged.add(new TaggedToken(token.word(), token.lemma() == null ? token.word() : token.lemma(),
            tag == null ? "" : tag));
      }
      tokens += tagged.size();
      sentences.add(tagged);
    }
    return new Enrichment(Enrichment.Outcome.ENRICHED, entities(document),
        KeyPhraseScorer.keyPhrases(sentences, settings.maxKeyPhrases()), tokens, System.nanoTime() - start, "");
  }

  private List<String> entities(Annotation document) {
    List<CoreMap> mentions = document.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return List.of();
    }
    Map<String, String> firstSpelling = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (CoreMap mention : mentions) {
      String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      String name = mention.get(CoreAnnotations.TextAnnotation.class);
      if (type != null && name != null && ENTITY_TYPES.contains(type) && name.strip().length() > 1) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        firstSpelling.putIfAbsent(key, name.strip());
        counts.merge(key, 1, Integer::sum);
      }
    }
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(Comparator.comparing((String k) -> -counts.get(k)));
    return keys.stream().limit(settings.maxEntities()).map(firstSpelling::get).toList();
  }

  /** The text up to the end of its {@code maxTokens}-th token. */
  static String capped(String text, int maxTokens) {
    var tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "invertible=false");
    int count = 0;
    int end = text.length();
    while (tokenizer.hasNext()) {
      CoreLabel token = tokenizer.next();
      if (++count == maxTokens) {
        end = token.endPosition();
        break;
      }
    }
    return count < maxTokens ? text : text.substring(0, end);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
