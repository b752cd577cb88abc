package org.copse.ingest.source.stackexchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;
import org.jspecify.annotations.Nullable;

/**
 * Where every question, answer and comment row is in the dump files, grouped by thread: the first
 * pass of {@link StackExchangeSource}. Holds offsets and ids only, never text.
 */
final class DumpIndex {
  /** A row's id and its place in its file. */
  record RowRef(int id, long offset, int length) {}

  private static final Comparator<RowRef> BY_ID = Comparator.comparingInt(RowRef::id);

  private final List<RowRef> questions = new ArrayList<>();
  private final Map<Integer, List<RowRef>> answersByQuestion = new HashMap<>();
  private final Map<Integer, List<RowRef>> commentsByPost = new HashMap<>();
  private final Set<String> users = new HashSet<>();
  private boolean hasComments;

  private DumpIndex() {}

  static DumpIndex build(Path folder, Consumer<SkippedItem> skipped) throws IOException {
    DumpIndex index = new DumpIndex();
    Path users = folder.resolve("Users.xml");
    if (Files.isRegularFile(users)) {
      RowFile.scan(users, skipped, (offset, length, row) -> {
        if (row.get("Id") != null) {
          index.users.add(row.get("Id"));
        }
      });
    }
    Set<Integer> filteredPosts = new HashSet<>();
    RowFile.scan(folder.resolve("Posts.xml"), skipped, (offset, length, row) -> {
      Integer id = parseId(row.get("Id"));
      String type = row.getOrDefault("PostTypeId", "");
      if (id == null) {
        skipped.accept(new SkippedItem("Posts.xml#offset " + offset, SkipReason.INVALID, "post without a numeric Id"));
      } else if (type.equals("1")) {
        index.questions.add(new RowRef(id, offset, length));
      } else if (type.equals("2")) {
        Integer parent = parseId(row.get("ParentId"));
        if (parent != null) {
          index.answersByQuestion.computeIfAbsent(parent, k -> new ArrayList<>()).add(new RowRef(id, offset, length));
          return;
        }
        skipped.accept(new SkippedItem("Posts.xml#Id " + id, SkipReason.INVALID, "answer without ParentId"));
      } else {
        filteredPosts.add(id);
        skipped.accept(new SkippedItem("Posts.xml#Id " + id, SkipReason.FILTERED, "post type " + type + " (" + typeName(type) + ")"));
      }
    });
    index.questions.sort(BY_ID);
    Set<Integer> questionIds = new HashSet<>();
    index.questions.forEach(q -> questionIds.add(q.id()));
    Set<Integer> emitted = new HashSet<>(questionIds);
    index.answersByQuestion.entrySet().removeIf(entry -> {
      if (questionIds.contains(entry.getKey())) {
        entry.getValue().sort(BY_ID);
        entry.getValue().forEach(a -> emitted.add(a.id()));
        return false;
      }
      entry.getValue().forEach(a -> skipped.accept(new SkippedItem("Posts.xml#Id " + a.id(), SkipReason.INVALID,
          "answer to question " + entry.getKey() + ", which is not in the dump")));
      return true;
    });
    Path comments = folder.resolve("Comments.xml");
    if (Files.isRegularFile(comments)) {
      index.hasComments = true;
      RowFile.scan(comments, skipped, (offset, length, row) -> {
        Integer id = parseId(row.get("Id"));
        Integer postId = parseId(row.get("PostId"));
        if (id == null || postId == null) {
          skipped.accept(new SkippedItem("Comments.xml#offset " + offset, SkipReason.INVALID, "comment without numeric Id or PostId"));
        } else if (emitted.contains(postId)) {
          index.commentsByPost.computeIfAbsent(postId, k -> new ArrayList<>()).add(new RowRef(id, offset, length));
        } else if (filteredPosts.contains(postId)) {
          skipped.accept(new SkippedItem("Comments.xml#Id " + id, SkipReason.FILTERED, "comment on filtered post " + postId));
        } else {
          skipped.accept(new SkippedItem("Comments.xml#Id " + id, SkipReason.INVALID, "comment on post " + postId + ", which is not in the dump"));
        }
      });
      index.commentsByPost.values().forEach(list -> list.sort(BY_ID));
    }
    return index;
  }

  List<RowRef> questions() {
    return questions;
  }

  List<RowRef> answers(int questionId) {
    return answersByQuestion.getOrDefault(questionId, List.of());
  }

  List<RowRef> comments(int postId) {
    return commentsByPost.getOrDefault(postId, List.of());
  }

  boolean knowsUser(String userId) {
    return users.contains(userId);
  }

  boolean hasComments() {
    return hasComments;
  }

  private static @Nullable Integer parseId(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String typeName(String type) {
    return switch (type) {
      case "3" -> "orphaned tag wiki";
      case "4" -> "tag wiki excerpt";
      case "5" -> "tag wiki";
      case "6" -> "moderator nomination";
      case "7" -> "wiki placeholder";
      case "8" -> "privilege wiki";
      default -> "not a question or answer";
    };
  }
}
