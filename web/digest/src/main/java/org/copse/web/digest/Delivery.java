package org.copse.web.digest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The record of one member's digest for one period.
 *
 * @param memberId the recipient
 * @param period the period key
 * @param status where it stands
 * @param messageId the Message-ID the email carries (the same one on every attempt)
 * @param attempts how many times sending was started
 * @param items how many entries the digest had when last attempted
 * @param lastError why the last attempt failed, if it did
 * @param updated when the row last changed
 */
public record Delivery(String memberId, String period, DeliveryStatus status, String messageId, int attempts,
    int items, @Nullable String lastError, Instant updated) {}
