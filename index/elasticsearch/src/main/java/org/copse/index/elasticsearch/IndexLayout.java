package org.copse.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copse.index.IndexException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The index's layout on the cluster: an index template for {@code <alias>.v*} built from
 * {@code config/elasticsearch/contributions-template.json} and the analysis files, and an alias that
 * points at exactly one versioned index. Re-indexing creates the next version and moves the alias
 * in one atomic step, so readers never see a missing or half-filled index.
 */
final class IndexLayout {
  private static final Logger log = LoggerFactory.getLogger(IndexLayout.class);
  private static final String RESOURCES = "/org/copse/index/elasticsearch/config/";
  static final String TEMPLATE_RESOURCE = RESOURCES + "contributions-template.json";
  static final String SYNONYMS_RESOURCE = RESOURCES + "synonyms.txt";
  static final String PROTECTED_WORDS_RESOURCE = RESOURCES + "protected-words.txt";
  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
  private static final int TEMPLATE_PRIORITY = 200;

  private final ElasticsearchClient client;
  private final ElasticsearchSettings settings;
  private final Clock clock;

  IndexLayout(ElasticsearchClient client, ElasticsearchSettings settings, Clock clock) {
    this.client = client;
    this.settings = settings;
    this.clock = clock;
  }

  /** Installs the template and, if the alias points nowhere yet, creates the first version. */
  void ensure() throws IOException {
    putTemplate();
    if (currentIndex().isEmpty()) {
      String index = createVersion();
      try {
        client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(settings.alias())
            .isWriteIndex(true))));
      } catch (ElasticsearchException e) {
        client.indices().delete(d -> d.index(index));
        if (currentIndex().isEmpty()) {
          throw e;
        }
        log.info("another process created {} first; using its index", settings.alias());
      }
    }
  }

  /** The concrete indexes behind the alias: one, or none before {@link #ensure()}. */
  List<String> currentIndex() throws IOException {
    if (!client.indices().existsAlias(e -> e.name(settings.alias())).value()) {
      return List.of();
    }
    return List.copyOf(client.indices().getAlias(g -> g.name(settings.alias())).result().keySet());
  }

  /** A new, empty, versioned index that the alias does not point at yet. */
  String createVersion() throws IOException {
    String name = settings.alias() + ".v" + VERSION.format(clock.instant());
    client.indices().create(c -> c.index(name).waitForActiveShards(w -> w.count(1)));
    log.info("created Elasticsearch index {} ({} shards, {} replicas)", name, settings.shards(), settings.replicas());
    return name;
  }

  /** Points the alias at {@code next} instead of {@code previous}, in one atomic step. */
  void swap(String previous, String next) throws IOException {
    client.indices().updateAliases(u -> u
        .actions(a -> a.remove(r -> r.index(previous).alias(settings.alias())))
        .actions(a -> a.add(add -> add.index(next).alias(settings.alias()).isWriteIndex(true))));
  }

  void delete(String index) throws IOException {
    client.indices().delete(d -> d.index(index));
  }

  private void putTemplate() throws IOException {
    String json = templateJson(settings);
    client.indices().putIndexTemplate(PutIndexTemplateRequest.of(b -> b.withJson(new StringReader(json))
        .name(settings.alias())));
  }

  /** The template body: the JSON file, with this deployment's patterns, layout and synonyms. */
  static String templateJson(ElasticsearchSettings settings) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode template = (ObjectNode) mapper.readTree(resource(TEMPLATE_RESOURCE));
    template.putArray("index_patterns").add(settings.alias() + ".v*");
    template.put("priority", TEMPLATE_PRIORITY);
    ObjectNode indexSettings = (ObjectNode) template.get("template").get("settings").get("index");
    indexSettings.put("number_of_shards", settings.shards());
    indexSettings.put("number_of_replicas", settings.replicas());
    JsonNode filters = template.get("template").get("settings").get("analysis").get("filter");
    ArrayNode rules = ((ObjectNode) filters.get("copse_synonyms")).putArray("synonyms");
    lines(settings.synonyms(), SYNONYMS_RESOURCE).forEach(rules::add);
    ArrayNode keywords = ((ObjectNode) filters.get("copse_protected")).putArray("keywords");
    lines(settings.protectedWords(), PROTECTED_WORDS_RESOURCE).forEach(w -> keywords.add(w.toLowerCase(Locale.ROOT)));
    return mapper.writeValueAsString(template);
  }

  /** The lines of an analysis file (or its bundled default), without comments and blank lines. */
  static List<String> lines(@Nullable Path file, String defaultResource) {
    String text;
    try {
      text = file == null ? resource(defaultResource) : Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IndexException("cannot read the analysis file " + file, e);
    }
    List<String> rules = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String rule = line.strip();
      if (!rule.isEmpty() && !rule.startsWith("#")) {
        rules.add(rule);
      }
    }
    return rules;
  }

  private static String resource(String name) {
    try (InputStream in = IndexLayout.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + name + ": build it with Maven, which copies config/ in");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
