package org.copse.index;

/**
 * The health of an index, for the admin page.
 *
 * @param backend "lucene" or "elasticsearch"
 * @param documents contributions in the index
 * @param sizeBytes space taken on disk, or -1 where unknown
 * @param location a directory or cluster address, for operators
 */
public record IndexStats(String backend, long documents, long sizeBytes, String location) {}
