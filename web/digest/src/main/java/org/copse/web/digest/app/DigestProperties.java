package org.copse.web.digest.app;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code copse.digest.*}: the digest's schedule, addresses, selection and retry settings.
 *
 * @param enabled whether the schedule runs (the command line works either way)
 * @param cron when the job runs (Spring cron, six fields); each run sends yesterday's daily digest,
 *     and on Mondays also last week's weekly digest; {@code -} turns the schedule off
 * @param zone the time zone of the cron expression
 * @param baseUrl the public address of Copse, for links in emails
 * @param from the sender address
 * @param fromName the sender's display name
 * @param signingKey the secret for unsubscribe tokens, at least 32 characters; when unset a random
 *     key is created once in {@code <copse.data-dir>/digest/signing.key}
 * @param outbox where emails are written when no SMTP host ({@code spring.mail.host}) is set;
 *     default {@code <copse.data-dir>/digest/outbox}
 * @param itemPath a contribution's page in the web application, with {@code {id}}
 * @param memberPath a member's page, with {@code {id}}
 * @param chunkSize members per batch chunk
 * @param itemsPerSection the most items in one section
 * @param maxPerThread the most posts of one discussion in one section
 * @param diversity MMR lambda, 0 to 1 (1 = relevance only)
 * @param experts the most people to ask
 * @param freshness what being posted at the end of the period adds to relevance (0 to switch off)
 * @param coldStart whether members with nothing relevant get the most valued content instead of no email
 * @param attemptsPerRun tries per run for a transient SMTP failure
 * @param initialBackoff wait before the first retry, doubling after
 * @param maxAttempts runs that may try one member's digest for one period
 */
@ConfigurationProperties("copse.digest")
public record DigestProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("0 0 7 * * *") String cron,
    @DefaultValue("UTC") String zone,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("copse@localhost") String from,
    @DefaultValue("Copse") String fromName,
    @Nullable String signingKey,
    @Nullable Path outbox,
    @DefaultValue("/contributions/{id}") String itemPath,
    @DefaultValue("/members/{id}") String memberPath,
    @DefaultValue("20") int chunkSize,
    @DefaultValue("5") int itemsPerSection,
    @DefaultValue("2") int maxPerThread,
    @DefaultValue("0.7") double diversity,
    @DefaultValue("3") int experts,
    @DefaultValue("0.5") double freshness,
    @DefaultValue("false") boolean coldStart,
    @DefaultValue("3") int attemptsPerRun,
    @DefaultValue("2s") Duration initialBackoff,
    @DefaultValue("5") int maxAttempts) {}
