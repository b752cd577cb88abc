package org.copse.bench.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.copse.bench.corpus.CorpusFile;
import org.copse.index.Contribution;

/**
 * Ingest inputs in the three real formats, written from the first contributions of the bench corpus
 * (so seeded like it): a library folder of text and HTML files, a Stack Exchange dump (questions
 * with answers, users) and a MediaWiki export with three revisions per page by different editors.
 * {@link #write(Path, CorpusFile)} writes a small set (40 files, 90 posts, 20 pages) for machines
 * without {@code /work/shared/data} and for the smoke test; {@link #write(Path, CorpusFile, int)}
 * scales the same mix to a number of items, to see how ingest grows.
 */
public final class GeneratedInputs {
  private static final DateTimeFormatter SE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
      .withZone(ZoneOffset.UTC);
  private static final int FILES = 40;
  private static final int QUESTIONS = 30;
  private static final int ANSWERS_PER_QUESTION = 2;
  private static final int PAGES = 20;
  private static final int REVISIONS = 3;
  /** Items read from the small set: files, posts and pages (a page with its revisions is one item). */
  public static final int SMALL_ITEMS = FILES + QUESTIONS * (1 + ANSWERS_PER_QUESTION) + PAGES;
  /** Stack Exchange users of the small set. */
  private static final int SMALL_USERS = 10;
  /** A sized dump has one user for every this many posts. */
  private static final int POSTS_PER_USER = 5;

  private final int files;
  private final int questions;
  private final int pages;
  private final int users;

  private GeneratedInputs(int files, int questions, int pages, int users) {
    this.files = files;
    this.questions = questions;
    this.pages = pages;
    this.users = users;
  }

  /** Writes the small inputs under {@code folder} (replacing what is there) and lists them. */
  public static List<IngestInput> write(Path folder, CorpusFile corpus) throws IOException {
    return new GeneratedInputs(FILES, QUESTIONS, PAGES, SMALL_USERS).writeAll(folder, corpus);
  }

  /**
   * Writes inputs of about {@code items} items in the small set's mix (by items read: about a quarter
   * library files, three fifths posts, the rest wiki pages) under {@code folder} and lists them.
   */
  public static List<IngestInput> write(Path folder, CorpusFile corpus, int items) throws IOException {
    double scale = (double) items / SMALL_ITEMS;
    int questions = (int) Math.max(1, Math.round(QUESTIONS * scale));
    int users = Math.max(SMALL_USERS, questions * (1 + ANSWERS_PER_QUESTION) / POSTS_PER_USER);
    return new GeneratedInputs((int) Math.max(1, Math.round(FILES * scale)), questions,
        (int) Math.max(1, Math.round(PAGES * scale)), users).writeAll(folder, corpus);
  }

  private List<IngestInput> writeAll(Path folder, CorpusFile corpus) throws IOException {
    int needed = files + questions * (1 + ANSWERS_PER_QUESTION) + pages * REVISIONS;
    List<Contribution> texts;
    try (CorpusFile.Reader reader = corpus.open()) {
      texts = reader.nextBatch(needed);
    }
    if (texts.size() < needed) {
      throw new IllegalStateException("the corpus has " + texts.size() + " contributions; generated ingest inputs need "
          + needed);
    }
    Path library = folder.resolve("library");
    Path dump = folder.resolve("stackexchange");
    Path wiki = folder.resolve("mediawiki/genwiki-pages-meta-history.xml");
    Files.createDirectories(library);
    Files.createDirectories(dump);
    Files.createDirectories(wiki.getParent());
    int next = writeLibrary(library, texts, 0);
    next = writeStackExchange(dump, texts, next);
    writeMediaWiki(wiki, texts, next);
    return List.of(
        new IngestInput("generated-library", "library", library, files + " generated text and HTML files"),
        new IngestInput("generated-stackexchange", "stackexchange", dump,
            questions + " generated questions with " + ANSWERS_PER_QUESTION + " answers each, by "
                + users + " users"),
        new IngestInput("generated-mediawiki", "mediawiki", wiki,
            pages + " generated pages with " + REVISIONS + " revisions each"));
  }

  private int writeLibrary(Path folder, List<Contribution> texts, int from) throws IOException {
    for (int i = 0; i < files; i++) {
      Contribution c = texts.get(from + i);
      if (i % 4 == 3) {
        Files.writeString(folder.resolve(String.format(Locale.ROOT, "note-%05d.html", i)),
            "<!DOCTYPE html><html><head><title>" + xml(c.title()) + "</title></head><body><h1>" + xml(c.title())
                + "</h1><p>" + xml(c.body()) + "</p></body></html>\n", StandardCharsets.UTF_8);
      } else {
        Files.writeString(folder.resolve(String.format(Locale.ROOT, "note-%05d.txt", i)),
            c.title() + "\n\n" + c.body() + "\n", StandardCharsets.UTF_8);
      }
    }
    return from + files;
  }

  private int writeStackExchange(Path folder, List<Contribution> texts, int from) throws IOException {
    StringBuilder posts = new StringBuilder("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n");
    int at = from;
    int id = 1;
    for (int q = 0; q < questions; q++) {
      Contribution question = texts.get(at++);
      int questionId = id++;
      int accepted = questionId + 1;
      posts.append(String.format(Locale.ROOT, "  <row Id=\"%d\" PostTypeId=\"1\" AcceptedAnswerId=\"%d\" CreationDate=\"%s\" "
              + "Score=\"%d\" Body=\"%s\" OwnerUserId=\"%d\" Title=\"%s\" Tags=\"&lt;%s&gt;\" AnswerCount=\"%d\" />%n",
          questionId, accepted, SE_DATE.format(question.created()), q % 7, xml("<p>" + xml(question.body()) + "</p>"),
          1 + q % users, xml(question.title()), tag(question), ANSWERS_PER_QUESTION));
      for (int a = 0; a < ANSWERS_PER_QUESTION; a++) {
        Contribution answer = texts.get(at++);
        posts.append(String.format(Locale.ROOT, "  <row Id=\"%d\" PostTypeId=\"2\" ParentId=\"%d\" CreationDate=\"%s\" "
                + "Score=\"%d\" Body=\"%s\" OwnerUserId=\"%d\" />%n",
            id++, questionId, SE_DATE.format(question.created().plusSeconds(3600L * (a + 1))), a,
            xml("<p>" + xml(answer.body()) + "</p>"), 1 + (q + a + 1) % users));
      }
    }
    posts.append("</posts>\n");
    Files.writeString(folder.resolve("Posts.xml"), posts, StandardCharsets.UTF_8);
    StringBuilder userRows = new StringBuilder("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<users>\n");
    for (int u = 1; u <= users; u++) {
      userRows.append(String.format(Locale.ROOT,
          "  <row Id=\"%d\" Reputation=\"%d\" CreationDate=\"2015-01-01T00:00:00.000\" DisplayName=\"Generated User %d\" />%n",
          u, 10 * u, u));
    }
    userRows.append("</users>\n");
    Files.writeString(folder.resolve("Users.xml"), userRows, StandardCharsets.UTF_8);
    return at;
  }

  private void writeMediaWiki(Path file, List<Contribution> texts, int from) throws IOException {
    StringBuilder xml = new StringBuilder("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\" "
        + "xml:lang=\"en\">\n  <siteinfo>\n    <sitename>Genwiki</sitename>\n    <dbname>genwiki</dbname>\n"
        + "    <namespaces>\n      <namespace key=\"0\" case=\"first-letter\" />\n    </namespaces>\n  </siteinfo>\n");
    int at = from;
    int revision = 1;
    for (int p = 0; p < pages; p++) {
      Contribution first = texts.get(at);
      xml.append("  <page>\n    <title>").append(xml(first.title())).append("</title>\n    <ns>0</ns>\n    <id>")
          .append(p + 1).append("</id>\n");
      StringBuilder text = new StringBuilder();
      for (int r = 0; r < REVISIONS; r++) {
        Contribution c = texts.get(at++);
        text.append(c.body()).append("\n\n");
        xml.append("    <revision>\n      <id>").append(revision++).append("</id>\n      <timestamp>")
            .append(c.created().toString()).append("</timestamp>\n      <contributor><username>Editor ")
            .append(1 + (p + r) % 7).append("</username><id>").append(1 + (p + r) % 7)
            .append("</id></contributor>\n      <model>wikitext</model>\n      <format>text/x-wiki</format>\n")
            .append("      <text xml:space=\"preserve\">").append(xml(text.toString()))
            .append("[[Category:").append(xml(tag(first))).append("]]</text>\n    </revision>\n");
      }
      xml.append("  </page>\n");
    }
    xml.append("</mediawiki>\n");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
  }

  private static String tag(Contribution c) {
    return c.tags().isEmpty() ? "general" : c.tags().get(0).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
