package org.copse.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One piece of community knowledge: a library document, wiki page, forum post, comment or blog post,
 * as the index and the expertise graph see it (a source record is mapped to this by ingest; each
 * index adapter maps this to its own document form).
 *
 * @param id globally unique and stable across re-ingests (for example {@code se:beer:answer:42})
 * @param kind what sort of contribution this is
 * @param communityId the community it belongs to; it is visible only to those who may read that
 *     community
 * @param title a title; for posts without one, the thread's title or a leading excerpt
 * @param body the plain text, already extracted and cleaned
 * @param contributors who wrote, edited, asked, answered or commented, in order of importance
 * @param tags labels given by people, lower case
 * @param entities named entities (people, organisations, places) found in the text
 * @param keyPhrases key phrases found in the text, lower case
 * @param language an ISO 639-1 code such as {@code en}
 * @param created when it was first written
 * @param updated when it last changed; never before {@code created}
 * @param threadId the discussion it belongs to; a standalone item is its own thread ({@code id})
 * @param parentId what it replies to or comments on, if anything
 * @param sourceUrl where the original can be seen, if anywhere
 * @param contentHash a digest of the source content, so re-ingesting unchanged input changes nothing
 * @param score the community's vote score (answers, questions); 0 where there is none
 */
public record Contribution(
    String id,
    ContributionKind kind,
    String communityId,
    String title,
    String body,
    List<Contributor> contributors,
    List<String> tags,
    List<String> entities,
    List<String> keyPhrases,
    String language,
    Instant created,
    Instant updated,
    String threadId,
    @Nullable String parentId,
    @Nullable String sourceUrl,
    String contentHash,
    int score) {

  public Contribution {
    requireText(id, "id");
    Objects.requireNonNull(kind, "kind");
    requireText(communityId, "communityId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    contributors = List.copyOf(contributors);
    tags = List.copyOf(tags);
    entities = List.copyOf(entities);
    keyPhrases = List.copyOf(keyPhrases);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
    if (updated.isBefore(created)) {
      throw new IllegalArgumentException("updated " + updated + " is before created " + created + " for " + id);
    }
    requireText(threadId, "threadId");
    Objects.requireNonNull(contentHash, "contentHash");
  }

  /** The members credited with this contribution, without duplicates, in order. */
  public List<String> memberIds() {
    return contributors.stream().map(Contributor::memberId).distinct().toList();
  }

  /** A builder, for the many optional parts. */
  public static Builder builder(String id, ContributionKind kind, String communityId) {
    return new Builder(id, kind, communityId);
  }

  /** A builder that starts from this contribution. */
  public Builder toBuilder() {
    return new Builder(id, kind, communityId)
        .title(title)
        .body(body)
        .contributors(contributors)
        .tags(tags)
        .entities(entities)
        .keyPhrases(keyPhrases)
        .language(language)
        .created(created)
        .updated(updated)
        .threadId(threadId)
        .parentId(parentId)
        .sourceUrl(sourceUrl)
        .contentHash(contentHash)
        .score(score);
  }

  private static void requireText(@Nullable String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /** Builds a {@link Contribution}; unset lists are empty, times default to the epoch. */
  public static final class Builder {
    private final String id;
    private final ContributionKind kind;
    private final String communityId;
    private String title = "";
    private String body = "";
    private List<Contributor> contributors = List.of();
    private List<String> tags = List.of();
    private List<String> entities = List.of();
    private List<String> keyPhrases = List.of();
    private String language = "en";
    private Instant created = Instant.EPOCH;
    private @Nullable Instant updated;
    private @Nullable String threadId;
    private @Nullable String parentId;
    private @Nullable String sourceUrl;
    private String contentHash = "";
    private int score;

    private Builder(String id, ContributionKind kind, String communityId) {
      this.id = id;
      this.kind = kind;
      this.communityId = communityId;
    }

    public Builder title(String value) { this.title = value; return this; }
    public Builder body(String value) { this.body = value; return this; }
    public Builder contributors(List<Contributor> value) { this.contributors = value; return this; }
    public Builder contributor(String memberId, ContributorRole role) {
      return contributors(append(contributors, Contributor.of(memberId, role)));
    }
    public Builder tags(List<String> value) { this.tags = value; return this; }
    public Builder entities(List<String> value) { this.entities = value; return this; }
    public Builder keyPhrases(List<String> value) { this.keyPhrases = value; return this; }
    public Builder language(String value) { this.language = value; return this; }
    public Builder created(Instant value) { this.created = value; return this; }
    public Builder updated(@Nullable Instant value) { this.updated = value; return this; }
    public Builder threadId(@Nullable String value) { this.threadId = value; return this; }
    public Builder parentId(@Nullable String value) { this.parentId = value; return this; }
    public Builder sourceUrl(@Nullable String value) { this.sourceUrl = value; return this; }
    public Builder contentHash(String value) { this.contentHash = value; return this; }
    public Builder score(int value) { this.score = value; return this; }

    public Contribution build() {
      return new Contribution(id, kind, communityId, title, body, contributors, tags, entities,
          keyPhrases, language, created, updated == null ? created : updated,
          threadId == null ? id : threadId, parentId, sourceUrl, contentHash, score);
    }

    private static <T> List<T> append(List<T> list, T item) {
      var copy = new java.util.ArrayList<T>(list);
      copy.add(item);
      return copy;
    }
  }
}
