package org.copse.web.digest;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.copse.index.IndexException;
import org.copse.index.Member;
import org.copse.index.SearchIndex;
import org.copse.index.StoreException;
import org.copse.web.digest.mail.DigestEmailRenderer;
import org.copse.web.digest.mail.DigestLinks;
import org.copse.web.digest.mail.DigestMessages;
import org.copse.web.digest.mail.MailDeliveryException;
import org.copse.web.digest.mail.MailTransport;
import org.copse.web.digest.mail.RenderedEmail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One member's digest for one period, in two steps that the batch job runs as processor and
 * writer: {@link #prepare} (is it due, has it been sent, what is in it) and {@link #send} (check
 * access again, claim the delivery, send with retries, record the result).
 *
 * <p>No member gets two copies: a delivery is claimed in the {@link DeliveryLog} before the message
 * goes out, and a claim is only granted for a period never sent or one whose last attempt failed
 * transiently. Thread safe.
 */
public final class DigestDelivery {
  private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);
  /** How deep the expert finder is asked again at send time. */
  private static final int RECHECK_DEPTH = 20;

  private final Directory directory;
  private final SearchIndex index;
  private final DigestSelector selector;
  private final ExpertFinder experts;
  private final PreferencesStore preferences;
  private final DeliveryLog deliveries;
  private final DigestEmailRenderer renderer;
  private final DigestMessages messages;
  private final DigestLinks links;
  private final MailTransport transport;
  private final RetryPolicy retry;
  private final Clock clock;
  private final String messageIdDomain;

  /** The collaborators; grouped so the constructor stays readable. */
  public record Parts(Directory directory, SearchIndex index, DigestSelector selector, ExpertFinder experts,
      PreferencesStore preferences, DeliveryLog deliveries, DigestEmailRenderer renderer, DigestMessages messages,
      DigestLinks links, MailTransport transport, RetryPolicy retry, Clock clock, String messageIdDomain) {}

  public DigestDelivery(Parts parts) {
    this.directory = parts.directory();
    this.index = parts.index();
    this.selector = parts.selector();
    this.experts = parts.experts();
    this.preferences = parts.preferences();
    this.deliveries = parts.deliveries();
    this.renderer = parts.renderer();
    this.messages = parts.messages();
    this.links = parts.links();
    this.transport = parts.transport();
    this.retry = parts.retry();
    this.clock = parts.clock();
    this.messageIdDomain = parts.messageIdDomain();
  }

  /**
   * A member's digest, decided but not sent.
   *
   * @param member the recipient
   * @param period the period
   * @param outcome {@link Outcome#WOULD_SEND} when there is something to send, otherwise why not
   * @param digest what was selected, when something was
   */
  public record Prepared(Member member, DigestPeriod period, Outcome outcome, @Nullable Digest digest) {
    public boolean sendable() {
      return outcome == Outcome.WOULD_SEND && digest != null;
    }
  }

  /** What was decided at send time. */
  public record Sent(Outcome outcome, int dropped) {}

  public String transportDescription() {
    return transport.describe();
  }

  public Prepared prepare(Member member, DigestPeriod period) {
    DigestPreferences wanted = preferences.get(member.id());
    if (wanted.frequency() == Frequency.OFF) {
      return new Prepared(member, period, Outcome.OPTED_OUT, null);
    }
    if (wanted.frequency() != period.frequency()) {
      return new Prepared(member, period, Outcome.NOT_DUE, null);
    }
    if (DigestMessages.recipient(member).isEmpty()) {
      return new Prepared(member, period, Outcome.NO_ADDRESS, null);
    }
    Optional<Delivery> previous = deliveries.find(member.id(), period.key());
    if (previous.isPresent()) {
      Outcome already = switch (previous.get().status()) {
        case SENT -> Outcome.ALREADY_SENT;
        case SENDING -> Outcome.IN_DOUBT;
        case FAILED -> Outcome.FAILED;
        case RETRY -> previous.get().attempts() >= retry.maxAttempts() ? Outcome.FAILED : null;
      };
      if (already != null) {
        return new Prepared(member, period, already, null);
      }
    }
    Digest digest = selector.select(member.id(), period, wanted);
    return digest.isEmpty()
        ? new Prepared(member, period, Outcome.NOTHING_RELEVANT, null)
        : new Prepared(member, period, Outcome.WOULD_SEND, digest);
  }

  /** Sends a prepared digest; anything not {@link Prepared#sendable()} is returned as it is. */
  public Sent send(Prepared prepared) {
    if (!prepared.sendable()) {
      return new Sent(prepared.outcome(), 0);
    }
    Member member = prepared.member();
    Digest selected = Objects.requireNonNull(prepared.digest());
    Digest digest = stillReadable(selected);
    int dropped = selected.size() - digest.size();
    if (dropped > 0) {
      log.info("dropped {} digest entries for member {} whose access changed since selection", dropped, member.id());
    }
    if (digest.isEmpty()) {
      return new Sent(Outcome.EMPTIED_AT_SEND, dropped);
    }
    InternetAddress to = DigestMessages.recipient(member).orElse(null);
    if (to == null) {
      return new Sent(Outcome.NO_ADDRESS, dropped);
    }
    RenderedEmail email = renderer.render(digest, member);
    String period = prepared.period().key();
    Optional<Delivery> claim = deliveries.claim(member.id(), period, newMessageId(member.id(), period),
        digest.size(), retry.maxAttempts());
    if (claim.isEmpty()) {
      return new Sent(Outcome.ALREADY_SENT, dropped);
    }
    MimeMessage message = messages.build(transport.session(), to, email, claim.get().messageId(),
        links.unsubscribe(member.id()), clock.instant());
    return new Sent(transmit(member.id(), period, message), dropped);
  }

  /**
   * {@link #prepare(Member, DigestPeriod)}, counting the outcome in {@code tally} unless the digest
   * is to be sent: returns it then, null otherwise. A storage or index failure is counted as
   * {@link Outcome#RETRY_LATER} with a problem line, not thrown, so one member cannot stop a run.
   */
  public @Nullable Prepared prepare(Member member, DigestPeriod period, DigestRunReport.Tally tally) {
    try {
      Prepared prepared = prepare(member, period);
      if (prepared.sendable()) {
        return prepared;
      }
      tally.add(prepared.outcome());
    } catch (StoreException e) {
      failed(member, period, tally, e);
    }
    return null;
  }

  /** {@link #send(Prepared)}, counting the outcome in {@code tally}; failures as in {@link #prepare(Member, DigestPeriod, DigestRunReport.Tally)}. */
  public void send(Prepared prepared, DigestRunReport.Tally tally) {
    try {
      Sent sent = send(prepared);
      tally.add(sent.outcome());
      tally.dropped(sent.dropped());
      if (sent.outcome() == Outcome.FAILED || sent.outcome() == Outcome.RETRY_LATER) {
        tally.problem(prepared.member().id() + ": " + sent.outcome());
      }
    } catch (StoreException e) {
      failed(prepared.member(), prepared.period(), tally, e);
    }
  }

  private static void failed(Member member, DigestPeriod period, DigestRunReport.Tally tally, StoreException e) {
    // IndexException is a StoreException: the index or the database failed for this member
    log.error("digest {} for member {} could not be prepared or recorded", period.key(), member.id(), e);
    tally.add(Outcome.RETRY_LATER);
    tally.problem(member.id() + ": " + (e instanceof IndexException ? "index" : "store") + " failure: " + e.getMessage());
  }

  /**
   * The digest with only what the member may read now (memberships may have been revoked since
   * selection): items they can still open, and people whose known evidence they can still read and
   * whom the expert finder still suggests within their current scope (evidence lists may be partial).
   */
  Digest stillReadable(Digest digest) {
    AccessScope scope = directory.scopeFor(digest.memberId());
    Map<String, Set<String>> stillSuggested = new HashMap<>();
    return digest.retain(
        item -> scope.canRead(item.communityId()) && index.get(item.contributionId(), scope).isPresent(),
        expert -> scope.communityIds().containsAll(expert.evidenceCommunityIds())
            && stillSuggested.computeIfAbsent(expert.topic(), topic -> experts.expertsFor(topic, scope, RECHECK_DEPTH)
                .stream().map(SuggestedExpert::memberId).collect(Collectors.toSet())).contains(expert.memberId()));
  }

  private Outcome transmit(String memberId, String period, MimeMessage message) {
    for (int attempt = 1; ; attempt++) {
      try {
        transport.send(message);
        deliveries.markSent(memberId, period);
        return Outcome.SENT;
      } catch (MailDeliveryException e) {
        if (!e.isTransient()) {
          log.warn("digest {} for member {} failed permanently: {}", period, memberId, e.getMessage());
          deliveries.markFailed(memberId, period, e.getMessage());
          return Outcome.FAILED;
        }
        if (attempt >= retry.attemptsPerRun()) {
          log.warn("digest {} for member {} failed {} times, will retry in a later run: {}", period, memberId,
              attempt, e.getMessage());
          deliveries.markRetry(memberId, period, e.getMessage());
          return Outcome.RETRY_LATER;
        }
        if (!sleep(retry.backoff(attempt).toMillis())) {
          deliveries.markRetry(memberId, period, "interrupted while waiting to retry: " + e.getMessage());
          return Outcome.RETRY_LATER;
        }
      } catch (RuntimeException e) {
        deliveries.markRetry(memberId, period, String.valueOf(e.getMessage()));
        throw e;
      }
    }
  }

  private static boolean sleep(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private String newMessageId(String memberId, String period) {
    return "<digest." + period + "." + shortHash(memberId) + "." + UUID.randomUUID() + "@" + messageIdDomain + ">";
  }

  /** The member id does not appear in the Message-ID as such: it may hold characters a header cannot. */
  private static String shortHash(String memberId) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(memberId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
