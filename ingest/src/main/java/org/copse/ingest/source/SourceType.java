package org.copse.ingest.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The source formats Copse reads; {@link #code()} is the word used on the command line. */
public enum SourceType {
  /** A folder of office documents, extracted by Tika (implemented in {@code org.copse.ingest.extract}). */
  LIBRARY("library"),
  /** A MediaWiki XML export ({@code pages-articles} or {@code pages-meta-history}). */
  MEDIAWIKI("mediawiki"),
  /** A Stack Exchange data-dump folder (Posts.xml, Users.xml, Comments.xml, PostLinks.xml). */
  STACKEXCHANGE("stackexchange"),
  /** A forum export in Copse's JSON Lines format. */
  JSONL("jsonl"),
  /** A WordPress WXR export. */
  WXR("wxr"),
  /** An Atom or RSS 2.0 feed. */
  FEED("feed"),
  /** An mbox file of mailing-list messages. */
  MBOX("mbox"),
  /** A directory file of members and communities (CSV or JSON); defines people, yields no items. */
  DIRECTORY("directory");

  private final String code;

  SourceType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Finds a type by its code or enum name, ignoring case. */
  public static Optional<SourceType> fromCode(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> t.code.equals(wanted) || t.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
