package org.copse.ingest.source.mediawiki;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.ingest.source.HostileInputException;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceDirectory;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.SourceItem;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.support.ContentHash;
import org.copse.ingest.source.support.InputFiles;
import org.copse.ingest.source.support.LookaheadCursor;
import org.copse.ingest.source.support.SecureXml;
import org.jspecify.annotations.Nullable;

/**
 * A MediaWiki XML export ({@code pages-articles} or {@code pages-meta-history}, plain or compressed)
 * read as one {@link ContributionKind#WIKI_PAGE} per page: the latest revision's text cleaned to plain
 * text, categories as tags, the editors credited by {@link EditCredits}. Redirects, pages outside
 * {@link SourceOptions#wikiNamespaces()} and non-wikitext pages (CSS, JavaScript) are skipped as
 * {@link SkipReason#FILTERED}; pages without text (stub dumps) as {@link SkipReason#EMPTY}.
 *
 * <p>Ids: {@code wiki:<source>:page:<page id>}; members {@code member:wiki:<source>:<username>}
 * (spaces as underscores), or {@code …:ip:<address>} when anonymous edits are credited. The source
 * name defaults to the file name up to its first '-' ({@code aawiki} for
 * {@code aawiki-20260101-pages-meta-history.xml.gz}).
 */
public final class MediaWikiSource implements Source {
  private final Path file;
  private final SourceOptions options;
  private final String sourceName;

  public MediaWikiSource(Path file, SourceOptions options) {
    this.file = file;
    this.options = options;
    String fileName = file.getFileName().toString();
    int dash = fileName.indexOf('-');
    this.sourceName = options.sourceNameOr(dash > 0 ? fileName.substring(0, dash) : fileName.replaceAll("\\..*$", ""));
  }

  @Override
  public String name() {
    return "mediawiki:" + sourceName;
  }

  /** Every member credited on a page that would be read; communities are not defined by a wiki export. */
  @Override
  public SourceDirectory directory() {
    Map<String, Member> members = new LinkedHashMap<>();
    try (InputStream in = InputFiles.open(file)) {
      XMLStreamReader xml = SecureXml.open(in, file.toString());
      WikiPageReader pages = new WikiPageReader(xml);
      for (WikiPage page; (page = pages.next()) != null; ) {
        if (skipReason(page) != null) {
          continue;
        }
        for (WikiPage.Revision revision : page.revisions()) {
          String id = memberId(revision);
          if (id != null) {
            members.putIfAbsent(id, new Member(id, revision.editor(), "", ""));
          }
        }
      }
      xml.close();
    } catch (XMLStreamException | IOException e) {
      throw new SourceException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<Membership> memberships = members.keySet().stream()
        .map(id -> new Membership(id, options.communityId(), Membership.Role.MEMBER)).toList();
    return new SourceDirectory(List.copyOf(members.values()), List.of(), memberships);
  }

  @Override
  public SourceCursor items(Consumer<SkippedItem> skipped) {
    InputStream in = InputFiles.open(file);
    XMLStreamReader xml;
    try {
      xml = SecureXml.open(in, file.toString());
    } catch (XMLStreamException e) {
      closeQuietly(in, e);
      throw new SourceException("cannot read " + file + ": " + e.getMessage(), e);
    }
    WikiPageReader pages = new WikiPageReader(xml);
    return new LookaheadCursor() {
      @Override
      protected @Nullable SourceItem computeNext() {
        try {
          for (WikiPage page; (page = pages.next()) != null; ) {
            SourceItem item = toItem(page, pages.siteBase(), skipped);
            if (item != null) {
              return item;
            }
          }
          return null;
        } catch (HostileInputException e) {
          skipped.accept(new SkippedItem(file.toString(), SkipReason.HOSTILE, e.getMessage()));
          return null;
        } catch (XMLStreamException e) {
          skipped.accept(new SkippedItem(file + " at line " + e.getLocation().getLineNumber(), SkipReason.CORRUPT,
              "the rest of the export cannot be parsed: " + e.getMessage()));
          return null;
        }
      }

      @Override
      public void close() {
        try {
          xml.close();
          in.close();
        } catch (XMLStreamException | IOException e) {
          throw new SourceException("cannot close " + file, e);
        }
      }
    };
  }

  private @Nullable SourceItem toItem(WikiPage page, @Nullable String siteBase, Consumer<SkippedItem> skipped) {
    String location = file + "#page " + page.id() + " (" + page.title() + ")";
    String reason = skipReason(page);
    if (reason != null) {
      skipped.accept(new SkippedItem(location, SkipReason.FILTERED, reason));
      return null;
    }
    String text = WikitextCleaner.toText(page.latestText());
    if (text.isBlank()) {
      skipped.accept(new SkippedItem(location, SkipReason.EMPTY,
          page.latestText().isEmpty() ? "no revision text (a stub dump?)" : "no text left once markup is removed"));
      return null;
    }
    if (page.revisions().isEmpty() || page.id() < 0) {
      skipped.accept(new SkippedItem(location, SkipReason.INVALID, "page without id or revisions"));
      return null;
    }
    List<Contributor> contributors = EditCredits.credit(page.revisions(), options.minEditSize(), this::memberId);
    var created = page.revisions().stream().map(WikiPage.Revision::timestamp).min(java.util.Comparator.naturalOrder()).orElseThrow();
    var updated = page.revisions().stream().map(WikiPage.Revision::timestamp).max(java.util.Comparator.naturalOrder()).orElseThrow();
    Contribution draft = Contribution.builder("wiki:" + sourceName + ":page:" + page.id(), ContributionKind.WIKI_PAGE,
            options.communityId())
        .title(page.title())
        .body(text)
        .contributors(contributors)
        .tags(WikitextCleaner.categories(page.latestText()))
        .language(options.language())
        .created(created)
        .updated(updated)
        .sourceUrl(siteBase == null ? null
            : siteBase + URLEncoder.encode(page.title().replace(' ', '_'), StandardCharsets.UTF_8).replace("%2F", "/").replace("%3A", ":"))
        .contentHash(ContentHash.of(page.title(), page.latestText()))
        .build();
    return SourceItem.of(draft);
  }

  private @Nullable String skipReason(WikiPage page) {
    if (page.redirectTarget() != null || WikitextCleaner.isRedirect(page.latestText())) {
      return "redirect" + (page.redirectTarget() == null || page.redirectTarget().isEmpty() ? "" : " to " + page.redirectTarget());
    }
    if (!options.wikiNamespaces().contains(page.namespace())) {
      return "namespace " + page.namespace() + " not selected";
    }
    if (page.model() != null && !page.model().equals("wikitext")) {
      return "content model " + page.model();
    }
    return null;
  }

  private @Nullable String memberId(WikiPage.Revision revision) {
    if (revision.editor() == null || (revision.anonymous() && !options.creditAnonymousEditors())) {
      return null;
    }
    String local = revision.anonymous() ? "ip:" + revision.editor() : revision.editor().replace(' ', '_');
    return options.memberIds().map("member:wiki:" + sourceName + ":" + local);
  }

  private static void closeQuietly(InputStream in, Exception failure) {
    try {
      in.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
