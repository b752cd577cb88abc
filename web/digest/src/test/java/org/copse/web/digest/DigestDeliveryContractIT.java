package org.copse.web.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copse.expertise.fixtures.Backend;
import org.copse.web.digest.mail.DigestEmailRenderer;
import org.copse.web.digest.mail.DigestLinks;
import org.copse.web.digest.mail.DigestMessages;
import org.copse.web.digest.mail.MailTransport;
import org.copse.web.digest.mail.OutboxMailTransport;
import org.copse.web.digest.mail.SmtpMailTransport;
import org.copse.web.digest.mail.UnsubscribeTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sending digests through a real SMTP server (GreenMail) and reading them back; {@link LuceneDigestDeliveryIT}
 * and {@link ElasticsearchDigestDeliveryIT} run these same cases on each index backend.
 */
abstract class DigestDeliveryContractIT {
  private static final String INDEX = "digest-delivery";

  /** The backend the index of these cases lives on. */
  protected abstract Backend backend();

  private static final String BASE = "https://copse.example.org";
  private static final RetryPolicy FAST_RETRY = new RetryPolicy(2, Duration.ofMillis(10), 2, 5);

  @TempDir Path folder;
  private DigestWorld world;
  private int port;
  private GreenMail smtp;
  private final List<GreenMail> servers = new ArrayList<>();
  private final UnsubscribeTokens tokens = new UnsubscribeTokens("test-signing-key-".repeat(3).getBytes(StandardCharsets.UTF_8));
  private DeliveryLog deliveries;
  private PreferencesStore preferences;

  @BeforeEach
  void setUp() throws IOException {
    world = DigestWorld.create(folder, backend(), INDEX);
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    smtp = startSmtp();
    deliveries = new DeliveryLog(world.dataSource, Clock.systemUTC());
    preferences = new PreferencesStore(world.dataSource, Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    servers.forEach(GreenMail::stop);
    world.close();
  }

  private GreenMail startSmtp() {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    servers.add(server);
    return server;
  }

  private JavaMailSenderImpl sender(Function<Integer, Boolean> afterSend) {
    AtomicInteger sent = new AtomicInteger();
    JavaMailSenderImpl sender = new JavaMailSenderImpl() {
      @Override
      protected void doSend(MimeMessage[] messages, Object[] originals) {
        super.doSend(messages, originals);
        afterSend.apply(sent.incrementAndGet());
      }
    };
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    Properties props = sender.getJavaMailProperties();
    props.put("mail.smtp.connectiontimeout", "2000");
    props.put("mail.smtp.timeout", "2000");
    return sender;
  }

  private DigestDelivery delivery(MailTransport transport) {
    DigestLinks links = new DigestLinks(BASE, "/contributions/{id}", "/members/{id}", tokens);
    return new DigestDelivery(new DigestDelivery.Parts(world.directory, world.index,
        world.selector(DigestSettings.DEFAULTS), new EvidenceExpertFinder(world.index, world.directory), preferences, deliveries, new DigestEmailRenderer(links),
        new DigestMessages("digest@copse.example.org", "Copse digest"), links, transport, FAST_RETRY,
        Clock.systemUTC(), "copse.example.org"));
  }

  private DigestService service(MailTransport transport) {
    return new DigestService(world.directory, delivery(transport));
  }

  private SmtpMailTransport smtpTransport() {
    return new SmtpMailTransport(sender(n -> true), "greenmail");
  }

  private static String to(Message message) {
    try {
      return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) {
    return java.util.Arrays.stream(messages).collect(Collectors.toMap(DigestDeliveryContractIT::to, m -> m));
  }

  private static String part(MimeMessage message, String type) throws Exception {
    MimeMultipart alternative = (MimeMultipart) message.getContent();
    for (int i = 0; i < alternative.getCount(); i++) {
      BodyPart part = alternative.getBodyPart(i);
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
    }
    throw new AssertionError("no " + type + " part");
  }

  @Test
  void sendsMultipartDigestsWithSafeHeadersAndOneClickUnsubscribe() throws Exception {
    DigestRunReport report = service(smtpTransport()).run(DigestWorld.WEEK, Optional.empty(), false);

    assertThat(report.count(Outcome.NO_ADDRESS)).isEqualTo(1); // carol
    assertThat(report.count(Outcome.NOTHING_RELEVANT)).isGreaterThanOrEqualTo(1); // erin
    Map<String, MimeMessage> received = byRecipient(smtp.getReceivedMessages());
    assertThat(received).containsKeys("alice@example.org", "bob@example.org").doesNotContainKeys("erin@example.org");
    assertThat(report.count(Outcome.SENT)).isEqualTo(received.size());

    MimeMessage bob = received.get("bob@example.org");
    assertThat(bob.getSubject()).startsWith("Your Copse digest for week 2026-W48: Rent arrears toolkit")
        .doesNotContain("\r").doesNotContain("\n");
    String raw = GreenMailUtil.getWholeMessage(bob);
    String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
    assertThat(headers.lines()).noneMatch(line -> line.startsWith("Bcc:") || line.startsWith("X-Injected:"));
    assertThat(bob.getHeader("X-Injected")).isNull();
    assertThat(bob.getRecipients(Message.RecipientType.BCC)).isNull();
    assertThat(bob.getAllRecipients()).hasSize(1);
    assertThat(((InternetAddress) bob.getAllRecipients()[0]).getPersonal()).doesNotContain("\r").doesNotContain("\n");
    assertThat(bob.getMessageID()).startsWith("<digest.2026-W48.").endsWith("@copse.example.org>");

    String listUnsubscribe = bob.getHeader("List-Unsubscribe", null);
    assertThat(listUnsubscribe).startsWith("<" + BASE + "/digest/unsubscribe?token=").endsWith(">");
    String token = java.net.URLDecoder.decode(listUnsubscribe.substring(listUnsubscribe.indexOf("token=") + 6,
        listUnsubscribe.length() - 1), StandardCharsets.UTF_8);
    assertThat(tokens.verify(token)).contains("bob");
    assertThat(bob.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

    assertThat(bob.isMimeType("multipart/alternative")).isTrue();
    String html = part(bob, "text/html");
    String text = part(bob, "text/plain");
    assertThat(html).contains("<html lang=\"en-GB\"").contains("<h1").contains("<h2")
        .contains("href=\"" + BASE + "/contributions/doc2\"").contains(BASE + "/digest/preferences")
        .doesNotContain("<script");
    assertThat(text).contains(BASE + "/contributions/doc2").contains("== Good practice for you ==")
        .contains("Unsubscribe from digests: " + BASE + "/digest/unsubscribe?token=")
        .contains("* Rent arrears toolkit Bcc: victim@evil.example X-Injected: yes")
        .doesNotContain("\nBcc:");

    String alice = GreenMailUtil.getWholeMessage(received.get("alice@example.org"));
    assertThat(alice).contains(DigestWorld.CANARY);
    received.forEach((address, message) -> {
      if (!address.equals("alice@example.org") && !address.equals("dave@example.org")) {
        assertThat(GreenMailUtil.getWholeMessage(message)).doesNotContain(DigestWorld.CANARY);
      }
    });
  }

  @Test
  void aMembershipRevokedBetweenSelectionAndSendDropsItsItems() throws Exception {
    DigestDelivery delivery = delivery(smtpTransport());
    var alice = world.directory.member("alice").orElseThrow();
    DigestDelivery.Prepared prepared = delivery.prepare(alice, DigestWorld.PERIOD);
    assertThat(prepared.digest().items()).extracting(DigestItem::contributionId).contains("canary");

    world.directory.removeMembership("alice", "fraud");
    DigestDelivery.Sent sent = delivery.send(prepared);

    assertThat(sent.outcome()).isEqualTo(Outcome.SENT);
    assertThat(sent.dropped()).isGreaterThanOrEqualTo(1);
    MimeMessage message = smtp.getReceivedMessages()[0];
    assertThat(GreenMailUtil.getWholeMessage(message)).doesNotContain(DigestWorld.CANARY).contains("doc1");
  }

  @Test
  void resumesAfterAnSmtpOutageMidRunWithoutSendingAnyoneTwice() throws Exception {
    GreenMail first = smtp;
    List<String> firstRecipients = new ArrayList<>();
    SmtpMailTransport failingAfterOne = new SmtpMailTransport(sender(n -> {
      if (n == 1) {
        // the server goes away after accepting the first digest (stopping it forgets what it got)
        java.util.Arrays.stream(first.getReceivedMessages()).map(DigestDeliveryContractIT::to).forEach(firstRecipients::add);
        first.stop();
      }
      return true;
    }), "greenmail");

    DigestRunReport interrupted = service(failingAfterOne).run(DigestWorld.WEEK, Optional.empty(), false);
    assertThat(interrupted.count(Outcome.SENT)).isEqualTo(1);
    assertThat(interrupted.count(Outcome.RETRY_LATER)).isGreaterThanOrEqualTo(1);
    assertThat(firstRecipients).hasSize(1);
    assertThat(deliveries.ofPeriod("2026-W48")).filteredOn(d -> d.status() == DeliveryStatus.RETRY)
        .allSatisfy(d -> assertThat(d.attempts()).isEqualTo(1));

    GreenMail second = startSmtp();
    DigestRunReport resumed = service(smtpTransport()).run(DigestWorld.WEEK, Optional.empty(), false);
    assertThat(resumed.count(Outcome.ALREADY_SENT)).isEqualTo(1);
    assertThat(resumed.count(Outcome.SENT)).isEqualTo(interrupted.count(Outcome.RETRY_LATER));
    List<String> secondRecipients = java.util.Arrays.stream(second.getReceivedMessages()).map(DigestDeliveryContractIT::to).toList();
    assertThat(secondRecipients).doesNotContainAnyElementsOf(firstRecipients).doesNotHaveDuplicates();

    DigestRunReport again = service(smtpTransport()).run(DigestWorld.WEEK, Optional.empty(), false);
    assertThat(again.count(Outcome.SENT)).isZero();
    assertThat(second.getReceivedMessages()).hasSize(secondRecipients.size());
    assertThat(deliveries.ofPeriod("2026-W48")).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
  }

  @Test
  void aDeliveryLeftInDoubtByACrashIsNotSentAgain() {
    deliveries.claim("alice", "2026-W48", "<crashed@copse.example.org>", 3, 5);
    DigestRunReport report = service(smtpTransport()).run(DigestWorld.WEEK, Optional.of("alice"), false);
    assertThat(report.count(Outcome.IN_DOUBT)).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void preferencesDecideWhoIsDueAndDryRunsSendAndRecordNothing() {
    preferences.unsubscribe("bob");
    preferences.save(DigestPreferences.defaults("alice").withFrequency(Frequency.DAILY));
    DigestRunReport dry = service(smtpTransport()).run(DigestWorld.WEEK, Optional.empty(), true);
    assertThat(dry.count(Outcome.OPTED_OUT)).isEqualTo(1);
    assertThat(dry.count(Outcome.NOT_DUE)).isEqualTo(1);
    assertThat(dry.count(Outcome.WOULD_SEND)).isGreaterThanOrEqualTo(1);
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(deliveries.ofPeriod("2026-W48")).isEmpty();

    DigestRunReport daily = service(smtpTransport()).runDaily(DigestWorld.PERIOD.start().plusDays(4), Optional.of("alice"), false);
    assertThat(daily.count(Outcome.SENT)).isEqualTo(1); // the canary day (alice's own post that day is left out)
  }

  @Test
  void withoutSmtpEachDigestIsAnEmlFileInTheOutbox() throws Exception {
    OutboxMailTransport outbox = new OutboxMailTransport(folder.resolve("outbox"));
    DigestRunReport report = service(outbox).run(DigestWorld.WEEK, Optional.of("bob"), false);
    assertThat(report.count(Outcome.SENT)).isEqualTo(1);
    List<Path> files = outbox.messages();
    assertThat(files).hasSize(1);
    try (InputStream in = Files.newInputStream(files.get(0))) {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(to(message)).isEqualTo("bob@example.org");
      assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
      assertThat(message.getMessageID()).isEqualTo(deliveries.find("bob", "2026-W48").orElseThrow().messageId());
    }
  }
}
