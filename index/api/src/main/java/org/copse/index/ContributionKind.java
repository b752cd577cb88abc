package org.copse.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What sort of thing a contribution is; {@link #code()} is the word used in {@code type:} filters. */
public enum ContributionKind {
  LIBRARY_DOCUMENT("document", "Library document"),
  WIKI_PAGE("wiki", "Wiki page"),
  FORUM_QUESTION("question", "Forum question"),
  FORUM_ANSWER("answer", "Forum answer"),
  COMMENT("comment", "Comment"),
  BLOG_POST("blog", "Blog post");

  private final String code;
  private final String label;

  ContributionKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The stable lower-case word for this kind, used in query syntax, URLs and index fields. */
  public String code() {
    return code;
  }

  /** A human label for pages and emails. */
  public String label() {
    return label;
  }

  /** Finds a kind by its {@link #code()} or enum name, ignoring case. */
  public static Optional<ContributionKind> fromCode(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(k -> k.code.equals(wanted) || k.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
