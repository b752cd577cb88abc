package org.copse.web.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.copse.index.Community;
import org.copse.index.Visibility;

/**
 * The hand-written demo text in {@code demo/communities.txt}: per community its tags, entities,
 * titles by kind and sentences to compose bodies from.
 */
final class DemoCorpus {
  static final String RESOURCE = "/demo/communities.txt";

  /** One community's material. */
  record Topic(Community community, List<String> tags, List<String> entities, List<String> documents,
      List<String> wikiPages, List<String> questions, List<String> blogPosts, List<String> sentences) {}

  private DemoCorpus() {}

  static List<Topic> load() {
    try (InputStream in = Objects.requireNonNull(DemoCorpus.class.getResourceAsStream(RESOURCE), RESOURCE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
  }

  static List<Topic> parse(List<String> lines) {
    List<Topic> topics = new ArrayList<>();
    Builder current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@community ")) {
        if (current != null) {
          topics.add(current.build());
        }
        current = new Builder(community(line.substring("@community ".length())));
        continue;
      }
      int colon = line.indexOf(':');
      if (current == null || colon < 0) {
        throw new IllegalStateException(RESOURCE + ": unexpected line: " + line);
      }
      current.add(line.substring(0, colon), line.substring(colon + 1).strip());
    }
    if (current != null) {
      topics.add(current.build());
    }
    return topics;
  }

  private static Community community(String spec) {
    String[] parts = spec.split("\\|");
    if (parts.length != 5) {
      throw new IllegalStateException(RESOURCE + ": a community needs 5 fields: " + spec);
    }
    return new Community(parts[0].strip(), parts[1].strip(), parts[4].strip(),
        Visibility.valueOf(parts[2].strip()), parts[3].strip());
  }

  private static final class Builder {
    private final Community community;
    private final List<String> tags = new ArrayList<>();
    private final List<String> entities = new ArrayList<>();
    private final List<String> documents = new ArrayList<>();
    private final List<String> wikiPages = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private final List<String> blogPosts = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();

    Builder(Community community) {
      this.community = community;
    }

    void add(String key, String value) {
      switch (key) {
        case "tags" -> tags.addAll(list(value));
        case "entities" -> entities.addAll(list(value));
        case "doc" -> documents.add(value);
        case "wiki" -> wikiPages.add(value);
        case "question" -> questions.add(value);
        case "blog" -> blogPosts.add(value);
        case "text" -> sentences.add(value);
        default -> throw new IllegalStateException(RESOURCE + ": unknown key '" + key + "' in " + community.id());
      }
    }

    private static List<String> list(String value) {
      return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Topic build() {
      return new Topic(community, tags, entities, documents, wikiPages, questions, blogPosts, sentences);
    }
  }
}
