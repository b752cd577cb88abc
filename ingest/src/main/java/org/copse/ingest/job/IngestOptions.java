package org.copse.ingest.job;

/** The names of {@link IngestRequest#options()} that ingest itself understands. */
public final class IngestOptions {
  /** A short name that keeps ids unique among sources of one type; default: the folder or file name. */
  public static final String NAME = "name";
  /** A person-mapping CSV ({@code source_id,member_id}) linking one person across sources. */
  public static final String PEOPLE = "people";
  /** The ISO 639-1 code of the source's text (readers other than the library). */
  public static final String LANGUAGE = "language";
  /** A library's community mapping file ({@code folder,community_id[,visibility]}). */
  public static final String COMMUNITY_MAPPING = "mapping";
  /** {@code true}: re-process every item even when its content hash is unchanged (after a config change). */
  public static final String FULL = "full";
  /** {@code true}: allow a run that finds no items at all to delete everything the source had yielded. */
  public static final String ALLOW_EMPTY = "allowEmpty";

  private IngestOptions() {}
}
