package org.copse.ingest.source.blog;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
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
import org.copse.ingest.source.support.HtmlText;
import org.copse.ingest.source.support.Times;
import org.copse.ingest.source.support.XmlFileSource;
import org.jspecify.annotations.Nullable;

/**
 * An Atom or RSS 2.0 feed: each entry a {@link ContributionKind#BLOG_POST} by its author (AUTHOR),
 * HTML content (or summary) cleaned to text, categories as tags. Entries with neither title nor text
 * are skipped as {@link SkipReason#EMPTY}.
 *
 * <p>Ids: {@code feed:<source>:entry:<first 16 hex of SHA-256 of the entry id or link>}; members
 * {@code member:feed:<source>:<e-mail, or name in lower case>}. The source name defaults to the
 * file name up to its first '.'.
 */
public final class FeedSource implements Source {
  private final Path file;
  private final SourceOptions options;
  private final String sourceName;

  public FeedSource(Path file, SourceOptions options) {
    this.file = file;
    this.options = options;
    this.sourceName = options.sourceNameFor(file);
  }

  @Override
  public String name() {
    return "feed:" + sourceName;
  }

  @Override
  public SourceDirectory directory() {
    Map<String, Member> members = new LinkedHashMap<>();
    XmlFileSource.forEach(file, xml -> new FeedReader(xml)::next, record -> {
      FeedReader.Entry entry = (FeedReader.Entry) record;
      String id = memberId(entry);
      if (id != null) {
        members.putIfAbsent(id, new Member(id, entry.authorName().isEmpty() ? entry.authorEmail() : entry.authorName(),
            entry.authorEmail(), ""));
      }
    });
    return Memberships.allIn(members.values(), options.communityId());
  }

  @Override
  public SourceCursor items(Consumer<SkippedItem> skipped) {
    return XmlFileSource.cursor(file, xml -> new FeedReader(xml)::next, (record, skip) -> {
      FeedReader.Entry entry = (FeedReader.Entry) record;
      String body = HtmlText.toText(entry.html());
      if (body.isBlank() && entry.title().isBlank()) {
        skip.accept(new SkippedItem(file.getFileName() + "#" + entry.id(), SkipReason.EMPTY, "entry without title or text"));
        return List.of();
      }
      Instant created = Times.parse(entry.published()).or(() -> Times.parse(entry.updated())).orElse(Instant.EPOCH);
      Instant updated = Times.parse(entry.updated()).filter(u -> !u.isBefore(created)).orElse(created);
      Contribution.Builder post = Contribution.builder("feed:" + sourceName + ":entry:" + ContentHash.shortId(entry.id()),
              ContributionKind.BLOG_POST, options.communityId())
          .title(entry.title())
          .body(body)
          .tags(entry.categories().stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList())
          .language(options.language())
          .created(created)
          .updated(updated)
          .sourceUrl(entry.link().isEmpty() ? null : entry.link())
          .contentHash(ContentHash.of(entry.title(), entry.html(), String.join(",", entry.categories())));
      String author = memberId(entry);
      if (author != null) {
        post.contributor(author, ContributorRole.AUTHOR);
      }
      return List.of(SourceItem.of(post.build()));
    }, skipped);
  }

  private @Nullable String memberId(FeedReader.Entry entry) {
    String key = !entry.authorEmail().isEmpty() ? entry.authorEmail() : entry.authorName();
    key = key.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
    return key.isEmpty() ? null : options.memberIds().map("member:feed:" + sourceName + ":" + key);
  }
}
