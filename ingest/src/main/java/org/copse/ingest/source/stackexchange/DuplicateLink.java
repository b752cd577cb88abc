package org.copse.ingest.source.stackexchange;

/**
 * A question closed as a duplicate of another ({@code PostLinks.xml}, {@code LinkTypeId=3}): a
 * ready-made query → relevant-question pair for search evaluation.
 *
 * @param duplicateId the contribution id of the question that was closed
 * @param originalId the contribution id of the question it duplicates
 */
public record DuplicateLink(String duplicateId, String originalId) {}
