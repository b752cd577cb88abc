package org.copse.expertise.rank;

/**
 * A topic and how much a member shows of it (or how close it is to a query).
 *
 * @param topic the normalised topic
 * @param weight the decayed, role-weighted evidence for it
 */
public record TopicWeight(String topic, double weight) {}
