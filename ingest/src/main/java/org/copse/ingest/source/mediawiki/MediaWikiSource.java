package org.copse.ingest.source.mediawiki;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.Member;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceDirectory;
import org.copse.ingest.source.SourceItem;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.support.ContentHash;
import org.copse.ingest.source.support.Memberships;
import org.copse.ingest.source.support.XmlFileSource;
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

  /**
   * Every member credited on a page that would be read (pages filtered out or without text credit
   * nobody); communities are not defined by a wiki export.
   */
  @Override
  public SourceDirectory directory() {
    Map<String, Member> members = new LinkedHashMap<>();
    XmlFileSource.forEach(file, xml -> new WikiPageReader(xml)::next, record -> {
      WikiPage page = (WikiPage) record;
      if (skipReason(page) != null || page.latestText().isBlank()) {
        return;
      }
      for (WikiPage.Revision revision : page.revisions()) {
        String id = memberId(revision);
        if (id != null) {
          members.putIfAbsent(id, new Member(id, revision.editor(), "", ""));
        }
      }
    });
    return Memberships.allIn(members.values(), options.communityId());
  }

  @Override
  public SourceCursor items(Consumer<SkippedItem> skipped) {
    WikiPageReader[] pages = new WikiPageReader[1];
    return XmlFileSource.cursor(file, xml -> {
      pages[0] = new WikiPageReader(xml);
      return pages[0]::next;
    }, (record, skip) -> {
      SourceItem item = toItem((WikiPage) record, pages[0].siteBase(), skip);
      return item == null ? List.of() : List.of(item);
    }, skipped);
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
          emptyDetail(page)));
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

  private static String emptyDetail(WikiPage page) {
    if (!page.latestText().isEmpty()) {
      return "no text left once markup is removed";
    }
    long latestSize = page.revisions().stream().max(java.util.Comparator.comparing(WikiPage.Revision::timestamp))
        .map(WikiPage.Revision::size).orElse(0L);
    return latestSize == 0 ? "the latest revision is blank" : "no revision text (a stub dump?)";
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
}
