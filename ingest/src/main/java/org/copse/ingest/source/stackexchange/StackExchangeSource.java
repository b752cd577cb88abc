package org.copse.ingest.source.stackexchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
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
import org.copse.ingest.source.support.Memberships;
import org.copse.ingest.source.support.HtmlText;
import org.copse.ingest.source.support.LineFile;
import org.copse.ingest.source.support.ListCursor;
import org.copse.ingest.source.support.LookaheadCursor;
import org.copse.ingest.source.support.Times;
import org.copse.ingest.source.support.XmlRow;
import org.jspecify.annotations.Nullable;

/**
 * A Stack Exchange data-dump folder ({@code Posts.xml}, {@code Users.xml}, {@code Comments.xml},
 * {@code PostLinks.xml}, plain XML as extracted from the site's 7z archive).
 *
 * <p>Items come thread by thread in question-id order: the {@link ContributionKind#FORUM_QUESTION}
 * (ASKER), the comments on it, then each {@link ContributionKind#FORUM_ANSWER} in id order
 * (ANSWERER, or ACCEPTED_ANSWERER for the question's accepted answer) followed by its comments
 * ({@link ContributionKind#COMMENT}, COMMENTER). The dump files are ordered by id, not by thread,
 * so a first pass indexes the byte offset of every row (a few numbers per post, ~100k posts in a
 * few MB) and the second reads rows back in thread order. Answers carry the question's title and
 * tags; scores are the vote scores; posts by deleted users (no {@code OwnerUserId}) and by the
 * Community bot ({@code -1}) credit nobody. Tag wikis and other post types are skipped as
 * {@link SkipReason#FILTERED}; answers to missing questions and comments on missing posts as
 * {@link SkipReason#INVALID}.
 *
 * <p>Ids: {@code se:<source>:post:<Id>}, {@code se:<source>:comment:<Id>}, members
 * {@code member:se:<source>:<UserId>}. The source name defaults to the folder name up to its
 * first '.' ({@code beer} for {@code beer.stackexchange.com}), which also gives the site's URLs.
 * Duplicate links are kept in {@link #duplicateLinks()}.
 */
public final class StackExchangeSource implements Source {
  private static final String COMMUNITY_BOT = "-1";

  private final Path folder;
  private final SourceOptions options;
  private final String sourceName;
  private final @Nullable String host;

  public StackExchangeSource(Path folder, SourceOptions options) {
    if (!Files.isRegularFile(folder.resolve("Posts.xml"))) {
      throw new SourceException("not a Stack Exchange dump folder (no Posts.xml): " + folder);
    }
    this.folder = folder;
    this.options = options;
    String folderName = folder.toAbsolutePath().normalize().getFileName().toString();
    int dot = folderName.indexOf('.');
    this.sourceName = options.sourceNameOr(dot > 0 ? folderName.substring(0, dot) : folderName);
    this.host = dot > 0 ? folderName : null;
  }

  @Override
  public String name() {
    return "stackexchange:" + sourceName;
  }

  /** Members from {@code Users.xml} (display names; the dump has no e-mail addresses), all members of the community. */
  @Override
  public SourceDirectory directory() {
    Path users = folder.resolve("Users.xml");
    if (!Files.isRegularFile(users)) {
      return SourceDirectory.empty();
    }
    Map<String, Member> members = new LinkedHashMap<>();
    try {
      RowFile.scan(users, skip -> { }, (offset, length, row) -> {
        String id = row.get("Id");
        if (id != null && !id.equals(COMMUNITY_BOT)) {
          String memberId = memberId(id);
          members.putIfAbsent(memberId, new Member(memberId, row.getOrDefault("DisplayName", "user " + id), "", ""));
        }
      });
    } catch (IOException e) {
      throw new SourceException("cannot read " + users, e);
    }
    return Memberships.allIn(members.values(), options.communityId());
  }

  /** The questions closed as duplicates of others, from {@code PostLinks.xml} (empty if the file is missing). */
  public List<DuplicateLink> duplicateLinks() {
    Path links = folder.resolve("PostLinks.xml");
    List<DuplicateLink> duplicates = new ArrayList<>();
    if (!Files.isRegularFile(links)) {
      return duplicates;
    }
    try {
      RowFile.scan(links, skip -> { }, (offset, length, row) -> {
        if ("3".equals(row.get("LinkTypeId")) && row.get("PostId") != null && row.get("RelatedPostId") != null) {
          duplicates.add(new DuplicateLink(postId(row.get("PostId")), postId(row.get("RelatedPostId"))));
        }
      });
    } catch (IOException e) {
      throw new SourceException("cannot read " + links, e);
    }
    return duplicates;
  }

  /**
   * Each question's accepted answer, as contribution ids, from {@code Posts.xml}: kept apart from the
   * items because an accepted answer by a deleted user has no ACCEPTED_ANSWERER to carry the fact.
   */
  public Map<String, String> acceptedAnswers() {
    Map<String, String> accepted = new LinkedHashMap<>();
    try {
      RowFile.scan(folder.resolve("Posts.xml"), skip -> { }, (offset, length, row) -> {
        if ("1".equals(row.get("PostTypeId")) && row.get("Id") != null && row.get("AcceptedAnswerId") != null) {
          accepted.put(postId(row.get("Id")), postId(row.get("AcceptedAnswerId")));
        }
      });
    } catch (IOException e) {
      throw new SourceException("cannot read " + folder.resolve("Posts.xml"), e);
    }
    return accepted;
  }

  @Override
  public SourceCursor items(Consumer<SkippedItem> skipped) {
    DumpIndex index;
    try {
      index = DumpIndex.build(folder, skipped);
    } catch (HostileInputException e) {
      skipped.accept(new SkippedItem(folder.toString(), SkipReason.HOSTILE, e.getMessage()));
      return new ListCursor(List.of());
    } catch (IOException e) {
      throw new SourceException("cannot index " + folder + ": " + e.getMessage(), e);
    }
    LineFile posts;
    LineFile comments;
    try {
      posts = new LineFile(folder.resolve("Posts.xml"));
      comments = index.hasComments() ? new LineFile(folder.resolve("Comments.xml")) : null;
    } catch (IOException e) {
      throw new SourceException("cannot open " + folder, e);
    }
    return new ThreadCursor(index, posts, comments, skipped);
  }

  private final class ThreadCursor extends LookaheadCursor {
    private final DumpIndex index;
    private final LineFile posts;
    private final @Nullable LineFile comments;
    private final Consumer<SkippedItem> skipped;
    private final Deque<SourceItem> pending = new ArrayDeque<>();
    private int nextQuestion;

    ThreadCursor(DumpIndex index, LineFile posts, @Nullable LineFile comments, Consumer<SkippedItem> skipped) {
      this.index = index;
      this.posts = posts;
      this.comments = comments;
      this.skipped = skipped;
    }

    @Override
    protected @Nullable SourceItem computeNext() {
      while (pending.isEmpty() && nextQuestion < index.questions().size()) {
        readThread(index.questions().get(nextQuestion++));
      }
      return pending.poll();
    }

    private void readThread(DumpIndex.RowRef questionRef) {
      try {
        Map<String, String> question = XmlRow.parse(posts.read(questionRef.offset(), questionRef.length()));
        String questionId = postId(question.get("Id"));
        String title = question.getOrDefault("Title", "");
        List<String> tags = Tags.parse(question.getOrDefault("Tags", ""));
        Contribution q = post(question, ContributionKind.FORUM_QUESTION, ContributorRole.ASKER, title, tags, questionId, null)
            .sourceUrl(host == null ? null : "https://" + host + "/questions/" + question.get("Id"))
            .build();
        pending.add(SourceItem.of(q));
        addComments(questionRef.id(), questionId, title);
        String accepted = question.get("AcceptedAnswerId");
        for (DumpIndex.RowRef answerRef : index.answers(questionRef.id())) {
          Map<String, String> answer = XmlRow.parse(posts.read(answerRef.offset(), answerRef.length()));
          ContributorRole role = answer.get("Id").equals(accepted) ? ContributorRole.ACCEPTED_ANSWERER : ContributorRole.ANSWERER;
          Contribution a = post(answer, ContributionKind.FORUM_ANSWER, role, title, tags, questionId, questionId)
              .sourceUrl(host == null ? null : "https://" + host + "/a/" + answer.get("Id"))
              .build();
          pending.add(SourceItem.of(a));
          addComments(answerRef.id(), questionId, title);
        }
      } catch (IOException e) {
        throw new SourceException("cannot read " + folder + ": " + e.getMessage(), e);
      } catch (XmlRow.InvalidRowException | RuntimeException e) {
        // the row parsed in the first pass, so this is a changed file or a value the model rejects
        pending.clear();
        skipped.accept(new SkippedItem("Posts.xml#Id " + questionRef.id(), SkipReason.INVALID,
            "thread left out: " + e.getMessage()));
      }
    }

    private void addComments(int postId, String threadId, String title) throws IOException, XmlRow.InvalidRowException {
      if (comments == null) {
        return;
      }
      for (DumpIndex.RowRef ref : index.comments(postId)) {
        Map<String, String> row = XmlRow.parse(comments.read(ref.offset(), ref.length()));
        String body = HtmlText.toText(row.getOrDefault("Text", ""));
        if (body.isBlank()) {
          skipped.accept(new SkippedItem("Comments.xml#Id " + ref.id(), SkipReason.EMPTY, "comment without text"));
          continue;
        }
        Instant created = Times.parse(row.getOrDefault("CreationDate", "")).orElse(Instant.EPOCH);
        Contribution.Builder comment = Contribution.builder("se:" + sourceName + ":comment:" + ref.id(), ContributionKind.COMMENT,
                options.communityId())
            .title(title)
            .body(body)
            .language(options.language())
            .created(created)
            .threadId(threadId)
            .parentId(postId(Integer.toString(postId)))
            .score(parseInt(row.get("Score")))
            .sourceUrl(host == null ? null : "https://" + host + "/posts/comments/" + ref.id())
            .contentHash(ContentHash.of(row.getOrDefault("Text", "")));
        String owner = owner(row.get("UserId"));
        if (owner != null) {
          comment.contributor(owner, ContributorRole.COMMENTER);
        }
        pending.add(SourceItem.of(comment.build()));
      }
    }

    private Contribution.Builder post(Map<String, String> row, ContributionKind kind, ContributorRole role, String title,
        List<String> tags, String threadId, @Nullable String parentId) {
      Instant created = Times.parse(row.getOrDefault("CreationDate", "")).orElse(Instant.EPOCH);
      Instant edited = Times.parse(row.getOrDefault("LastEditDate", "")).orElse(created);
      String rawBody = row.getOrDefault("Body", "");
      Contribution.Builder builder = Contribution.builder(postId(row.get("Id")), kind, options.communityId())
          .title(title)
          .body(HtmlText.toText(rawBody))
          .tags(tags)
          .language(options.language())
          .created(created)
          .updated(edited.isBefore(created) ? created : edited)
          .threadId(threadId)
          .parentId(parentId)
          .score(parseInt(row.get("Score")))
          .contentHash(ContentHash.of(row.getOrDefault("Title", ""), rawBody, row.getOrDefault("Tags", "")));
      String owner = owner(row.get("OwnerUserId"));
      if (owner != null) {
        builder.contributor(owner, role);
      }
      return builder;
    }

    private @Nullable String owner(@Nullable String userId) {
      if (userId == null || userId.isBlank() || userId.equals(COMMUNITY_BOT) || !index.knowsUser(userId)) {
        return null;
      }
      return memberId(userId);
    }

    @Override
    public void close() {
      try {
        posts.close();
        if (comments != null) {
          comments.close();
        }
      } catch (IOException e) {
        throw new SourceException("cannot close " + folder, e);
      }
    }
  }

  private String postId(String id) {
    return "se:" + sourceName + ":post:" + id;
  }

  private String memberId(String userId) {
    return options.memberIds().map("member:se:" + sourceName + ":" + userId);
  }

  private static int parseInt(@Nullable String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
