package org.copse.ingest.source.blog;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * A WordPress WXR export. Each published post or page is a {@link ContributionKind#BLOG_POST}
 * (its author AUTHOR, categories and tags as tags, HTML cleaned to text), followed by its approved
 * ordinary comments as {@link ContributionKind#COMMENT}s (COMMENTER), every comment after the one it
 * replies to. Drafts, private posts, attachments, menu items, unapproved comments, pingbacks and
 * trackbacks are skipped as {@link SkipReason#FILTERED}.
 *
 * <p>Members: the {@code <wp:author>}s ({@code member:wxr:<source>:<login>}, display name, e-mail)
 * and the commenters ({@code member:wxr:<source>:commenter:<name>}; a comment by a logged-in author
 * credits that author). Ids: {@code wxr:<source>:post:<post id>}, {@code wxr:<source>:comment:<id>}.
 * The source name defaults to the file name up to its first '.'.
 */
public final class WordPressSource implements Source {
  private static final Set<String> POST_TYPES = Set.of("post", "page");

  private final Path file;
  private final SourceOptions options;
  private final String sourceName;

  public WordPressSource(Path file, SourceOptions options) {
    this.file = file;
    this.options = options;
    this.sourceName = options.sourceNameFor(file);
  }

  @Override
  public String name() {
    return "wxr:" + sourceName;
  }

  @Override
  public SourceDirectory directory() {
    Map<String, Member> members = new LinkedHashMap<>();
    Map<String, String> authorIds = new HashMap<>();
    XmlFileSource.forEach(file, xml -> new WxrReader(xml)::next, record -> {
      if (record instanceof WxrReader.Author author) {
        Map<String, String> f = author.fields();
        String login = f.getOrDefault("author_login", "").strip();
        if (!login.isEmpty()) {
          String id = authorMemberId(login);
          String display = f.getOrDefault("author_display_name", "").strip();
          members.putIfAbsent(id, new Member(id, display.isEmpty() ? login : display, f.getOrDefault("author_email", "").strip(), ""));
          authorIds.put(f.getOrDefault("author_id", "").strip(), login);
        }
      } else if (record instanceof WxrItem item && isPublished(item)) {
        if (!item.creator().isEmpty()) {
          members.putIfAbsent(authorMemberId(item.creator()), new Member(authorMemberId(item.creator()), item.creator(), "", ""));
        }
        for (WxrItem.Comment comment : item.comments()) {
          String id = isShown(comment) ? commenterId(comment, authorIds) : null;
          if (id != null) {
            members.putIfAbsent(id, new Member(id, comment.author(), comment.authorEmail(), ""));
          }
        }
      }
    });
    return Memberships.allIn(members.values(), options.communityId());
  }

  @Override
  public SourceCursor items(Consumer<SkippedItem> skipped) {
    Map<String, String> authorIds = new HashMap<>();
    return XmlFileSource.cursor(file, xml -> new WxrReader(xml)::next, (record, skip) -> {
      if (record instanceof WxrReader.Author author) {
        authorIds.put(author.fields().getOrDefault("author_id", "").strip(),
            author.fields().getOrDefault("author_login", "").strip());
        return List.of();
      }
      return toItems((WxrItem) record, authorIds, skip);
    }, skipped);
  }

  private List<SourceItem> toItems(WxrItem item, Map<String, String> authorIds, Consumer<SkippedItem> skipped) {
    String location = file.getFileName() + "#post " + item.postId();
    if (!isPublished(item)) {
      skipped.accept(new SkippedItem(location, SkipReason.FILTERED, item.postType() + " with status " + item.status()));
      return List.of();
    }
    String body = HtmlText.toText(paragraphs(item.content()));
    if (body.isBlank() && item.title().isBlank()) {
      skipped.accept(new SkippedItem(location, SkipReason.EMPTY, "no title or text"));
      return List.of();
    }
    Instant created = time(item.postDateGmt(), item.pubDate(), item.postDate());
    String postId = "wxr:" + sourceName + ":post:" + item.postId();
    Contribution.Builder post = Contribution.builder(postId, ContributionKind.BLOG_POST, options.communityId())
        .title(item.title())
        .body(body)
        .tags(item.categories().stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList())
        .language(options.language())
        .created(created)
        .sourceUrl(item.link().isEmpty() ? null : item.link())
        .contentHash(ContentHash.of(item.title(), item.content(), String.join(",", item.categories())));
    if (!item.creator().isEmpty()) {
      post.contributor(authorMemberId(item.creator()), ContributorRole.AUTHOR);
    }
    List<SourceItem> items = new ArrayList<>();
    items.add(SourceItem.of(post.build()));
    items.addAll(comments(item, postId, created, authorIds, skipped));
    return items;
  }

  private List<SourceItem> comments(WxrItem item, String postId, Instant postCreated, Map<String, String> authorIds,
      Consumer<SkippedItem> skipped) {
    Map<String, WxrItem.Comment> shown = new LinkedHashMap<>();
    for (WxrItem.Comment comment : item.comments()) {
      if (isShown(comment)) {
        shown.put(comment.id(), comment);
      } else {
        skipped.accept(new SkippedItem(file.getFileName() + "#comment " + comment.id(), SkipReason.FILTERED,
            comment.type().isEmpty() ? "not approved (" + comment.approved() + ")" : comment.type()));
      }
    }
    Map<String, List<WxrItem.Comment>> children = new LinkedHashMap<>();
    for (WxrItem.Comment comment : shown.values()) {
      String parent = shown.containsKey(comment.parent()) && !comment.parent().equals(comment.id()) ? comment.parent() : "";
      children.computeIfAbsent(parent, k -> new ArrayList<>()).add(comment);
    }
    List<SourceItem> items = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    addComments("", postId, item, postCreated, children, authorIds, items, done);
    for (WxrItem.Comment comment : shown.values()) {
      if (!done.contains(comment.id())) {
        skipped.accept(new SkippedItem(file.getFileName() + "#comment " + comment.id(), SkipReason.INVALID, "reply cycle"));
      }
    }
    return items;
  }

  private void addComments(String parent, String postId, WxrItem item, Instant postCreated,
      Map<String, List<WxrItem.Comment>> children, Map<String, String> authorIds, List<SourceItem> items, Set<String> done) {
    for (WxrItem.Comment comment : children.getOrDefault(parent, List.of())) {
      if (!done.add(comment.id())) {
        continue;
      }
      String id = "wxr:" + sourceName + ":comment:" + comment.id();
      Instant created = time(comment.dateGmt(), "", comment.date());
      Contribution.Builder builder = Contribution.builder(id, ContributionKind.COMMENT, options.communityId())
          .title(item.title())
          .body(HtmlText.toText(paragraphs(comment.content())))
          .language(options.language())
          .created(created.equals(Instant.EPOCH) ? postCreated : created)
          .threadId(postId)
          .parentId(parent.isEmpty() ? postId : "wxr:" + sourceName + ":comment:" + parent)
          .contentHash(ContentHash.of(comment.content()));
      String member = commenterId(comment, authorIds);
      if (member != null) {
        builder.contributor(member, ContributorRole.COMMENTER);
      }
      items.add(SourceItem.of(builder.build()));
      addComments(comment.id(), postId, item, postCreated, children, authorIds, items, done);
    }
  }

  /**
   * WordPress stores posts with blank lines for paragraphs and adds the {@code <p>} tags when it
   * shows them ("autop"); do the same so the text keeps its paragraphs. Content that already has
   * paragraph tags is left alone.
   */
  static String paragraphs(String content) {
    if (content.contains("<p>") || content.contains("<p ")) {
      return content;
    }
    return content.replaceAll("\\r?\\n[ \\t]*\\r?\\n", "\n<p></p>\n").replaceAll("(?<!>)\\r?\\n", "<br>\n");
  }

  private static boolean isPublished(WxrItem item) {
    return POST_TYPES.contains(item.postType()) && item.status().equals("publish");
  }

  private static boolean isShown(WxrItem.Comment comment) {
    return comment.approved().equals("1") && (comment.type().isEmpty() || comment.type().equals("comment"))
        && !comment.content().isBlank();
  }

  private @Nullable String commenterId(WxrItem.Comment comment, Map<String, String> authorIds) {
    String login = authorIds.get(comment.userId());
    if (!comment.userId().isEmpty() && !comment.userId().equals("0") && login != null && !login.isEmpty()) {
      return authorMemberId(login);
    }
    String name = comment.author().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
    return name.isEmpty() ? null : options.memberIds().map("member:wxr:" + sourceName + ":commenter:" + name);
  }

  private String authorMemberId(String login) {
    return options.memberIds().map("member:wxr:" + sourceName + ":" + login);
  }

  private static Instant time(String... candidates) {
    for (String candidate : candidates) {
      var parsed = Times.parse(candidate);
      if (parsed.isPresent()) {
        return parsed.get();
      }
    }
    return Instant.EPOCH;
  }
}
