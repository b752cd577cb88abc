package org.copse.web.digest.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.lucene.LuceneSearchIndex;
import org.copse.web.digest.DigestSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A by-hand run of {@link DigestEvaluation} on a Stack Exchange dump folder (Posts.xml and
 * Comments.xml): {@code StackExchangeDigestReplay <site folder> [<index folder> [<freshness> [<cold start>]]]}. Not a test: it
 * reads data that is not in the repository. A minimal reader of its own (answers and comments take
 * their question's tags); the application reads dumps with {@code org.copse.ingest}.
 */
public final class StackExchangeDigestReplay {
  private static final Logger log = LoggerFactory.getLogger(StackExchangeDigestReplay.class);

  private StackExchangeDigestReplay() {}

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]);
    Path indexFolder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("digest-replay");
    List<Contribution> contributions = read(site);
    log.info("{}: {} contributions, index in {}", site.getFileName(), contributions.size(), indexFolder);
    double freshness = args.length > 2 ? Double.parseDouble(args[2]) : DigestSettings.DEFAULTS.freshness();
    boolean coldStart = args.length > 3 && Boolean.parseBoolean(args[3]);
    DigestEvaluation.Settings defaults = DigestEvaluation.Settings.DEFAULTS;
    DigestEvaluation.Settings settings = new DigestEvaluation.Settings(defaults.k(), defaults.warmUpWeeks(),
        defaults.digest().withFreshness(freshness).withColdStart(coldStart));
    log.info("{}: freshness {}, cold start {}", site.getFileName(), freshness, coldStart);
    DigestEvaluation.Report report = new DigestEvaluation(settings)
        .run(contributions, () -> LuceneSearchIndex.open(indexFolder));
    log.info("{}: {}", site.getFileName(), report.summary());
    int digestHits = report.weeks().stream().mapToInt(DigestEvaluation.WeekResult::digestHits).sum();
    int baselineHits = report.weeks().stream().mapToInt(DigestEvaluation.WeekResult::baselineHits).sum();
    int items = report.weeks().stream().mapToInt(DigestEvaluation.WeekResult::digestItems).sum();
    log.info("{}: digest hits {} in {} items shown, baseline hits {}", site.getFileName(), digestHits, items, baselineHits);
  }

  static List<Contribution> read(Path site) throws IOException, XMLStreamException {
    String name = site.getFileName().toString().replace(".stackexchange.com", "");
    Map<String, Map<String, String>> questions = new HashMap<>();
    List<Map<String, String>> answers = new ArrayList<>();
    rows(site.resolve("Posts.xml"), row -> {
      if ("1".equals(row.get("PostTypeId"))) {
        questions.put(row.get("Id"), row);
      } else if ("2".equals(row.get("PostTypeId"))) {
        answers.add(row);
      }
    });
    List<Contribution> result = new ArrayList<>();
    Map<String, String> threadOf = new HashMap<>();
    Map<String, List<String>> tagsOf = new HashMap<>();
    for (Map<String, String> q : questions.values()) {
      String id = "se:" + name + ":post:" + q.get("Id");
      List<String> tags = tags(q.getOrDefault("Tags", ""));
      threadOf.put(q.get("Id"), id);
      tagsOf.put(q.get("Id"), tags);
      result.add(post(id, ContributionKind.FORUM_QUESTION, name, q.getOrDefault("Title", ""), q, tags, id, null,
          ContributorRole.ASKER));
    }
    for (Map<String, String> a : answers) {
      Map<String, String> q = questions.get(a.get("ParentId"));
      if (q == null) {
        continue;
      }
      String thread = threadOf.get(a.get("ParentId"));
      threadOf.put(a.get("Id"), thread);
      tagsOf.put(a.get("Id"), tagsOf.get(a.get("ParentId")));
      ContributorRole role = a.get("Id").equals(q.get("AcceptedAnswerId")) ? ContributorRole.ACCEPTED_ANSWERER
          : ContributorRole.ANSWERER;
      result.add(post("se:" + name + ":post:" + a.get("Id"), ContributionKind.FORUM_ANSWER, name,
          q.getOrDefault("Title", ""), a, tagsOf.get(a.get("ParentId")), thread, thread, role));
    }
    rows(site.resolve("Comments.xml"), c -> {
      String thread = threadOf.get(c.get("PostId"));
      if (thread != null && c.get("UserId") != null) {
        Contribution.Builder b = Contribution.builder("se:" + name + ":comment:" + c.get("Id"), ContributionKind.COMMENT, name)
            .title("Comment").body(c.getOrDefault("Text", "")).tags(tagsOf.get(c.get("PostId")))
            .created(time(c.get("CreationDate"))).threadId(thread).parentId("se:" + name + ":post:" + c.get("PostId"))
            .contributor("se:" + name + ":user:" + c.get("UserId"), ContributorRole.COMMENTER);
        result.add(b.build());
      }
    });
    return result;
  }

  private static Contribution post(String id, ContributionKind kind, String community, String title,
      Map<String, String> row, List<String> tags, String thread, String parent, ContributorRole role) {
    Contribution.Builder b = Contribution.builder(id, kind, community).title(title)
        .body(row.getOrDefault("Body", "").replaceAll("<[^>]*>", " ")).tags(tags)
        .created(time(row.get("CreationDate"))).threadId(thread).parentId(parent)
        .score(Integer.parseInt(row.getOrDefault("Score", "0")));
    if (row.get("OwnerUserId") != null) {
      b.contributor("se:" + community + ":user:" + row.get("OwnerUserId"), role);
    }
    return b.build();
  }

  private static List<String> tags(String text) {
    return Arrays.stream(text.replace("<", " ").replace(">", " ").strip().split("\\s+"))
        .filter(t -> !t.isBlank()).map(String::toLowerCase).toList();
  }

  private static Instant time(String text) {
    return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
  }

  private static void rows(Path file, Consumer<Map<String, String>> visitor) throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader reader = factory.createXMLStreamReader(in, "UTF-8");
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("row")) {
          Map<String, String> row = new HashMap<>();
          for (int i = 0; i < reader.getAttributeCount(); i++) {
            row.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
          }
          visitor.accept(row);
        }
      }
      reader.close();
    }
  }
}
