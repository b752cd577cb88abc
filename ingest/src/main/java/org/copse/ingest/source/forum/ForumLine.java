package org.copse.ingest.source.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copse.ingest.source.support.Times;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One validated line of a JSON Lines forum export. See {@link JsonLinesForumSource} for the format.
 */
record ForumLine(String type, String id, @Nullable String thread, @Nullable String parent, @Nullable String author,
    @Nullable String authorName, @Nullable String community, JsonNode json) {

  static final List<String> TYPES = List.of("thread", "post", "reply", "member", "community");

  /** Thrown for a line that does not follow the format, with a message fit for the report. */
  static final class InvalidLineException extends Exception {
    InvalidLineException(String message) {
      super(message);
    }
  }

  static ForumLine of(JsonNode json) throws InvalidLineException {
    if (!json.isObject()) {
      throw new InvalidLineException("not a JSON object");
    }
    String type = text(json, "type");
    if (type == null || !TYPES.contains(type.toLowerCase(Locale.ROOT))) {
      throw new InvalidLineException("type must be one of " + TYPES + " but is " + type);
    }
    type = type.toLowerCase(Locale.ROOT);
    String id = text(json, "id");
    if (id == null || id.isBlank()) {
      throw new InvalidLineException("missing id");
    }
    String thread = text(json, "thread");
    if ((type.equals("post") || type.equals("reply")) && (thread == null || thread.isBlank())) {
      throw new InvalidLineException(type + " without thread");
    }
    if (type.equals("reply") && text(json, "parent") == null) {
      throw new InvalidLineException("reply without parent");
    }
    if (isContent(type)) {
      String created = text(json, "created");
      if (created == null || Times.parse(created).isEmpty()) {
        throw new InvalidLineException("created missing or not an ISO-8601 time: " + text(json, "created"));
      }
      if (type.equals("thread") && blank(json, "title") && blank(json, "body")) {
        throw new InvalidLineException("thread without title or body");
      }
      if (!type.equals("thread") && blank(json, "body")) {
        throw new InvalidLineException(type + " without body");
      }
    }
    return new ForumLine(type, id.strip(), type.equals("thread") ? id.strip() : thread, text(json, "parent"),
        text(json, "author"), text(json, "authorName"), text(json, "community"), json);
  }

  boolean isContent() {
    return isContent(type);
  }

  private static boolean isContent(String type) {
    return type.equals("thread") || type.equals("post") || type.equals("reply");
  }

  static @Nullable String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull() || value.isContainer()) {
      return null;
    }
    return value.asString();
  }

  static List<String> strings(JsonNode json, String field) {
    JsonNode value = json.get(field);
    List<String> out = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(v -> {
        if (!v.isContainer() && !v.isNull() && !v.asString().isBlank()) {
          out.add(v.asString().strip());
        }
      });
    }
    return out;
  }

  private static boolean blank(JsonNode json, String field) {
    String value = text(json, field);
    return value == null || value.isBlank();
  }
}
