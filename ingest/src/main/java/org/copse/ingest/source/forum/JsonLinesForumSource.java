package org.copse.ingest.source.forum;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.index.Visibility;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceDirectory;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.SourceItem;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.support.ContentHash;
import org.copse.ingest.source.support.HtmlText;
import org.copse.ingest.source.support.InputFiles;
import org.copse.ingest.source.support.LineFile;
import org.copse.ingest.source.support.LookaheadCursor;
import org.copse.ingest.source.support.Times;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A forum export in Copse's JSON Lines format, for any forum without a reader of its own: UTF-8,
 * one JSON object per line (plain or {@code .gz}); blank lines are ignored.
 *
 * <pre>
 * {"type":"community","id":"cop-planning","name":"Planning officers","description":"…","visibility":"members_only","organisation":"…"}
 * {"type":"member","id":"u42","name":"Ann Smith","email":"ann@example.gov.uk","organisation":"…","communities":["cop-planning"],"facilitates":[]}
 * {"type":"thread","id":"t1","community":"cop-planning","author":"u42","title":"…","body":"&lt;p&gt;…","created":"2024-03-01T09:00:00Z","tags":["hedges"],"score":3}
 * {"type":"post","id":"p7","thread":"t1","author":"u43","body":"…","created":"2024-03-01T10:00:00Z","score":5,"accepted":true}
 * {"type":"reply","id":"r9","thread":"t1","parent":"p7","author":"u42","body":"…","created":"2024-03-02T08:00:00Z"}
 * </pre>
 *
 * <ul>
 *   <li>{@code type} (required): {@code thread} (a question, {@link ContributionKind#FORUM_QUESTION},
 *       its author ASKER), {@code post} (an answer, {@link ContributionKind#FORUM_ANSWER}, ANSWERER or
 *       ACCEPTED_ANSWERER when {@code "accepted":true}), {@code reply} (a comment on the thread or a
 *       post, {@link ContributionKind#COMMENT}, COMMENTER), {@code member}, {@code community}.
 *   <li>{@code id} (required, unique among threads, posts and replies of one file).
 *   <li>{@code thread} (required for posts and replies), {@code parent} (required for replies: a
 *       thread, post or reply id; optional for posts, default the thread).
 *   <li>{@code author} (a member id of this file) and {@code authorName} (shown when no member
 *       line names the author); no author credits nobody.
 *   <li>{@code title} (threads; posts and replies take the thread's), {@code body} (HTML or text;
 *       {@code "format":"text"} keeps it as is, otherwise HTML is cleaned to text),
 *       {@code created} (required, ISO-8601), {@code updated}, {@code tags} (array; posts and replies
 *       take the thread's if they have none), {@code score} (integer), {@code url}.
 *   <li>{@code community} on a thread: the community id it belongs to (default: the source's);
 *       posts and replies follow their thread. Community lines: {@code id}, {@code name},
 *       {@code description}, {@code visibility} ({@code public} or {@code members_only}; default
 *       {@code members_only}, so a mistake hides rather than leaks), {@code organisation}.
 *   <li>Member lines: {@code id}, {@code name}, {@code email}, {@code organisation},
 *       {@code communities} and {@code facilitates} (arrays of community ids).
 * </ul>
 *
 * <p>Lines that are not JSON or break these rules are skipped as {@link SkipReason#INVALID} with
 * their line number; so are posts whose thread, and replies whose parent, is not in the file.
 * Items are yielded thread by thread (threads in order of first appearance), each thread before its
 * posts and every parent before its replies, whatever the order of lines in the file.
 *
 * <p>Ids: {@code forum:<source>:<type>:<id>}, members {@code member:forum:<source>:<id>}; community
 * ids are taken as they are. The source name defaults to the file name without extension.
 */
public final class JsonLinesForumSource implements Source {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Path file;
  private final SourceOptions options;
  private final String sourceName;

  public JsonLinesForumSource(Path file, SourceOptions options) {
    this.file = file;
    this.options = options;
    this.sourceName = options.sourceNameFor(file);
  }

  @Override
  public String name() {
    return "jsonl:" + sourceName;
  }

  @Override
  public SourceDirectory directory() {
    Map<String, Member> members = new LinkedHashMap<>();
    Map<String, Member> authors = new LinkedHashMap<>();
    Map<String, Community> communities = new LinkedHashMap<>();
    Set<Membership> memberships = new LinkedHashSet<>();
    Map<String, String> threadCommunity = new HashMap<>();
    List<ForumLine> content = new ArrayList<>();
    try (InputFiles.Readable readable = InputFiles.seekable(file)) {
      LineFile.scan(readable.path(), (number, offset, length, text) -> {
        ForumLine line = parse(text, number, skip -> { });
        if (line == null) {
          return;
        }
        switch (line.type()) {
          case "community" -> communities.putIfAbsent(line.id(), community(line));
          case "member" -> {
            String id = memberId(line.id());
            members.putIfAbsent(id, new Member(id, orEmpty(ForumLine.text(line.json(), "name"), line.id()),
                orEmpty(ForumLine.text(line.json(), "email"), ""), orEmpty(ForumLine.text(line.json(), "organisation"), "")));
            ForumLine.strings(line.json(), "communities")
                .forEach(c -> memberships.add(new Membership(id, c, Membership.Role.MEMBER)));
            ForumLine.strings(line.json(), "facilitates")
                .forEach(c -> memberships.add(new Membership(id, c, Membership.Role.FACILITATOR)));
          }
          default -> {
            if (line.type().equals("thread")) {
              threadCommunity.put(line.id(), orEmpty(line.community(), options.communityId()));
            }
            if (line.author() != null && !line.author().isBlank()) {
              String id = memberId(line.author());
              authors.putIfAbsent(id, new Member(id, orEmpty(line.authorName(), line.author()), "", ""));
              content.add(line);
            }
          }
        }
      });
    } catch (IOException e) {
      throw new SourceException("cannot read " + file + ": " + e.getMessage(), e);
    }
    authors.forEach(members::putIfAbsent);
    for (ForumLine line : content) {
      String community = threadCommunity.get(line.thread());
      if (community != null) {
        memberships.add(new Membership(memberId(line.author()), community, Membership.Role.MEMBER));
      }
    }
    return new SourceDirectory(List.copyOf(members.values()), List.copyOf(communities.values()), List.copyOf(memberships));
  }

  @Override
  public SourceCursor items(Consumer<SkippedItem> skipped) {
    InputFiles.Readable readable = InputFiles.seekable(file);
    try {
      ThreadIndex index = index(readable.path(), skipped);
      LineFile lines = new LineFile(readable.path());
      return new ThreadCursor(readable, lines, index, skipped);
    } catch (IOException | RuntimeException e) {
      readable.close();
      if (e instanceof SourceException se) {
        throw se;
      }
      throw new SourceException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Where a content line is, and what it needs. */
  private record Entry(ForumLine line, long number, long offset, int length) {}

  /** An entry to yield, and the entry it replies to. */
  private record Visit(Entry entry, @Nullable Entry parent) {}

  /** Threads in order of appearance; children of each thread, post or reply, in file order. */
  private record ThreadIndex(List<Entry> threads, Map<String, List<Entry>> children) {}

  private ThreadIndex index(Path plain, Consumer<SkippedItem> skipped) throws IOException {
    Map<String, Entry> threads = new LinkedHashMap<>();
    Map<String, Entry> byId = new HashMap<>();
    List<Entry> others = new ArrayList<>();
    LineFile.scan(plain, (number, offset, length, text) -> {
      ForumLine line = parse(text, number, skipped);
      if (line == null || !line.isContent()) {
        return;
      }
      Entry entry = new Entry(line, number, offset, length);
      if (byId.putIfAbsent(line.id(), entry) != null) {
        skipped.accept(new SkippedItem(location(number), SkipReason.INVALID, "duplicate id " + line.id()));
        return;
      }
      if (line.type().equals("thread")) {
        threads.put(line.id(), entry);
      } else {
        others.add(entry);
      }
    });
    Map<String, List<Entry>> children = new HashMap<>();
    for (Entry entry : others) {
      ForumLine line = entry.line();
      Entry thread = threads.get(line.thread());
      String parentId = line.parent() == null ? line.thread() : line.parent();
      Entry parent = byId.get(parentId);
      if (thread == null) {
        skipped.accept(new SkippedItem(location(entry.number()), SkipReason.INVALID, "thread " + line.thread() + " is not in the file"));
      } else if (parent == null || !parent.line().thread().equals(line.thread())) {
        skipped.accept(new SkippedItem(location(entry.number()), SkipReason.INVALID,
            "parent " + parentId + " is not in thread " + line.thread()));
      } else {
        children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(entry);
      }
    }
    return new ThreadIndex(new ArrayList<>(threads.values()), children);
  }

  private final class ThreadCursor extends LookaheadCursor {
    private final InputFiles.Readable readable;
    private final LineFile lines;
    private final ThreadIndex index;
    private final Consumer<SkippedItem> skipped;
    private final Deque<SourceItem> pending = new ArrayDeque<>();
    private int nextThread;

    ThreadCursor(InputFiles.Readable readable, LineFile lines, ThreadIndex index, Consumer<SkippedItem> skipped) {
      this.readable = readable;
      this.lines = lines;
      this.index = index;
      this.skipped = skipped;
    }

    @Override
    protected @Nullable SourceItem computeNext() {
      while (pending.isEmpty() && nextThread < index.threads().size()) {
        Entry thread = index.threads().get(nextThread++);
        try {
          JsonNode root = JSON.readTree(lines.read(thread.offset(), thread.length()));
          String title = orEmpty(ForumLine.text(root, "title"), "");
          List<String> tags = lowerCase(ForumLine.strings(root, "tags"));
          String community = orEmpty(thread.line().community(), options.communityId());
          Deque<Visit> stack = new ArrayDeque<>();
          stack.push(new Visit(thread, null));
          while (!stack.isEmpty()) {
            Visit visit = stack.pop();
            Entry entry = visit.entry();
            Entry parent = visit.parent();
            String parentId = parent == null ? null : contributionId(parent.line().type(), parent.line().id());
            JsonNode json = entry == thread ? root : JSON.readTree(lines.read(entry.offset(), entry.length()));
            pending.add(SourceItem.of(contribution(entry.line(), json, title, tags, community, parentId)));
            List<Entry> kids = index.children().getOrDefault(entry.line().id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
              stack.push(new Visit(kids.get(i), entry));
            }
          }
        } catch (IOException e) {
          throw new SourceException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (JacksonException | IllegalArgumentException e) {
          pending.clear();
          skipped.accept(new SkippedItem(location(thread.number()), SkipReason.INVALID, "thread left out: " + e.getMessage()));
        }
      }
      return pending.poll();
    }

    @Override
    public void close() {
      try {
        lines.close();
      } catch (IOException e) {
        throw new SourceException("cannot close " + file, e);
      } finally {
        readable.close();
      }
    }
  }

  private Contribution contribution(ForumLine line, JsonNode json, String threadTitle, List<String> threadTags,
      String community, @Nullable String parentId) {
    ContributionKind kind;
    ContributorRole role;
    switch (line.type()) {
      case "thread" -> {
        kind = ContributionKind.FORUM_QUESTION;
        role = ContributorRole.ASKER;
      }
      case "post" -> {
        kind = ContributionKind.FORUM_ANSWER;
        role = json.path("accepted").asBoolean(false) ? ContributorRole.ACCEPTED_ANSWERER : ContributorRole.ANSWERER;
      }
      default -> {
        kind = ContributionKind.COMMENT;
        role = ContributorRole.COMMENTER;
      }
    }
    String rawBody = orEmpty(ForumLine.text(json, "body"), "");
    String body = "text".equalsIgnoreCase(ForumLine.text(json, "format")) ? rawBody.strip() : HtmlText.toText(rawBody);
    Instant created = Times.parse(orEmpty(ForumLine.text(json, "created"), "")).orElseThrow();
    Instant updated = Times.parse(orEmpty(ForumLine.text(json, "updated"), "")).filter(u -> !u.isBefore(created)).orElse(created);
    List<String> tags = lowerCase(ForumLine.strings(json, "tags"));
    String title = orEmpty(ForumLine.text(json, "title"), threadTitle);
    Contribution.Builder builder = Contribution.builder(contributionId(line.type(), line.id()), kind, community)
        .title(title)
        .body(body)
        .tags(tags.isEmpty() ? threadTags : tags)
        .language(options.language())
        .created(created)
        .updated(updated)
        .threadId(contributionId("thread", line.thread()))
        .parentId(parentId)
        .sourceUrl(ForumLine.text(json, "url"))
        .score(json.path("score").asInt(0))
        .contentHash(ContentHash.of(title, rawBody, String.join(",", tags)));
    if (line.author() != null && !line.author().isBlank()) {
      builder.contributor(memberId(line.author()), role);
    }
    return builder.build();
  }

  private @Nullable ForumLine parse(String text, long number, Consumer<SkippedItem> skipped) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return ForumLine.of(JSON.readTree(text));
    } catch (JacksonException e) {
      skipped.accept(new SkippedItem(location(number), SkipReason.INVALID, "not JSON: " + e.getOriginalMessage()));
    } catch (ForumLine.InvalidLineException e) {
      skipped.accept(new SkippedItem(location(number), SkipReason.INVALID, e.getMessage()));
    }
    return null;
  }

  private Community community(ForumLine line) {
    JsonNode json = line.json();
    String visibility = orEmpty(ForumLine.text(json, "visibility"), "members_only").toLowerCase(Locale.ROOT);
    return new Community(line.id(), orEmpty(ForumLine.text(json, "name"), line.id()),
        orEmpty(ForumLine.text(json, "description"), ""),
        visibility.equals("public") ? Visibility.PUBLIC : Visibility.MEMBERS_ONLY,
        orEmpty(ForumLine.text(json, "organisation"), ""));
  }

  private String contributionId(String type, String rawId) {
    return "forum:" + sourceName + ":" + type + ":" + rawId;
  }

  private String memberId(String rawId) {
    return options.memberIds().map("member:forum:" + sourceName + ":" + rawId);
  }

  private String location(long number) {
    return file.getFileName() + "#line " + number;
  }

  private static List<String> lowerCase(List<String> values) {
    return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().toList();
  }

  private static String orEmpty(@Nullable String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
