package org.copse.ingest.source.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copse.ingest.source.support.LineFile;
import org.jspecify.annotations.Nullable;

/**
 * The first pass over an mbox: where each message is, its headers, and its place in a thread. A
 * message starts at a line beginning {@code "From "} at the start of the file or after a blank line
 * (mboxo/mboxrd). A reply's parent is the first of In-Reply-To, then References from last to first,
 * that is in the file; a message without one starts a thread.
 */
final class MboxIndex {
  private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");

  /** One message: its bytes (after the separator line) and the headers threading needs. */
  record Message(int index, long offset, int length, long line, @Nullable String messageId, List<String> parents,
      String from, String date, String separatorDate) {}

  private final List<Message> messages = new ArrayList<>();
  private final Map<Integer, Integer> parentOf = new HashMap<>();
  private final Map<Integer, List<Integer>> children = new HashMap<>();
  private final List<Integer> roots = new ArrayList<>();

  static MboxIndex build(Path plain) throws IOException {
    MboxIndex index = new MboxIndex();
    long[] start = {-1, 0, 0};
    String[] separator = {""};
    StringBuilder headers = new StringBuilder();
    boolean[] inHeaders = {false};
    boolean[] previousBlank = {true};
    long[] end = {0};
    LineFile.scan(plain, (number, offset, length, text) -> {
      if (text.startsWith("From ") && previousBlank[0]) {
        if (start[0] >= 0) {
          index.add(start[0], (int) (offset - start[0]), start[1], headers, separator[0]);
        }
        start[0] = -2;
        start[1] = number;
        separator[0] = text;
        headers.setLength(0);
        inHeaders[0] = true;
      } else if (start[0] == -2) {
        start[0] = offset;
      }
      if (inHeaders[0] && !text.startsWith("From ")) {
        if (text.isEmpty()) {
          inHeaders[0] = false;
        } else {
          headers.append(text).append("\r\n");
        }
      }
      previousBlank[0] = text.isEmpty();
      end[0] = offset + length + 1;
    });
    if (start[0] >= 0) {
      index.add(start[0], (int) (end[0] - start[0]), start[1], headers, separator[0]);
    }
    index.thread();
    return index;
  }

  private void add(long offset, int length, long line, CharSequence headerText, String separatorLine) {
    InternetHeaders headers;
    try {
      headers = new InternetHeaders(new ByteArrayInputStream(headerText.toString().getBytes(StandardCharsets.ISO_8859_1)));
    } catch (MessagingException e) {
      headers = new InternetHeaders();
    }
    List<String> parents = new ArrayList<>(ids(headers.getHeader("In-Reply-To", " ")));
    List<String> references = ids(headers.getHeader("References", " "));
    for (int i = references.size() - 1; i >= 0; i--) {
      parents.add(references.get(i));
    }
    List<String> own = ids(headers.getHeader("Message-ID", " "));
    String[] parts = separatorLine.split("\\s+", 3);
    messages.add(new Message(messages.size(), offset, length, line, own.isEmpty() ? null : own.get(0), parents,
        orEmpty(headers.getHeader("From", ", ")), orEmpty(headers.getHeader("Date", " ")), parts.length > 2 ? parts[2] : ""));
  }

  private void thread() {
    Map<String, Integer> byId = new HashMap<>();
    for (Message message : messages) {
      if (message.messageId() != null) {
        byId.putIfAbsent(message.messageId(), message.index());
      }
    }
    for (Message message : messages) {
      for (String parent : message.parents()) {
        Integer found = byId.get(parent);
        if (found != null && found != message.index()) {
          parentOf.put(message.index(), found);
          break;
        }
      }
    }
    // a cycle (broken headers) would hide a thread: cut it at the message met twice
    for (Message message : messages) {
      Set<Integer> seen = new HashSet<>();
      Integer current = message.index();
      while (current != null && seen.add(current)) {
        current = parentOf.get(current);
      }
      if (current != null) {
        parentOf.remove(current);
      }
    }
    for (Message message : messages) {
      Integer parent = parentOf.get(message.index());
      if (parent == null) {
        roots.add(message.index());
      } else {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(message.index());
      }
    }
  }

  private static List<String> ids(@Nullable String header) {
    if (header == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    Matcher m = ANGLE_ID.matcher(header);
    while (m.find()) {
      ids.add(m.group(1));
    }
    if (ids.isEmpty() && !header.isBlank()) {
      ids.addAll(Arrays.asList(header.strip().split("\\s+")));
    }
    return ids;
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  List<Message> messages() {
    return messages;
  }

  List<Integer> roots() {
    return roots;
  }

  List<Integer> children(int index) {
    return children.getOrDefault(index, List.of());
  }

  @Nullable Integer parent(int index) {
    return parentOf.get(index);
  }
}
