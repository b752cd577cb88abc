package org.copse.web.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copse.web.digest.DigestRunReport;
import org.copse.web.digest.DigestService;
import org.copse.web.digest.IsoWeek;
import org.copse.web.digest.Outcome;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A digest run against an SMTP server that accepts connections and never says a word: each message
 * must time out (bounded by the configured SMTP timeouts), be recorded for a later try, and the
 * run must end. When a working server takes the port, the next run sends each of those digests
 * exactly once, and the run after that sends nothing again. (An SMTP outage that refuses
 * connections mid-run is covered by the digest module's {@code DigestDeliveryIT}.)
 */
class HungSmtpIT {
  private static final Logger log = LoggerFactory.getLogger(HungSmtpIT.class);
  /** Members with a digest due for the week. */
  private static final List<String> SILENT_RUN_MEMBERS = List.of("david.reid", "fiona.macleod");

  @Test
  void aSilentMailServerTimesOutPerMessageAndTheNextRunSendsEachDigestOnce() throws Exception {
    int port;
    List<Socket> held = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      port = silent.getLocalPort();
      Thread acceptor = new Thread(() -> {
        try {
          while (!silent.isClosed()) {
            held.add(silent.accept());
          }
        } catch (IOException e) {
          log.debug("silent SMTP server closed: {}", e.toString());
        }
      }, "silent-smtp");
      acceptor.setDaemon(true);
      acceptor.start();

      try (CopseInstance copse = CopseInstance.start("hung-smtp", Map.of(
          "spring.mail.host", "127.0.0.1",
          "spring.mail.port", Integer.toString(port),
          "spring.mail.properties.mail.smtp.connectiontimeout", "1000",
          "spring.mail.properties.mail.smtp.timeout", "1000",
          "spring.mail.properties.mail.smtp.writetimeout", "1000"))) {
        DigestService digests = copse.bean(DigestService.class);
        IsoWeek week = IsoWeek.parse(Canary.DIGEST_WEEK);

        // two members' runs keep the test short; each message waits out the timeouts
        int due = 0;
        for (String member : SILENT_RUN_MEMBERS) {
          Instant start = Instant.now();
          DigestRunReport hung = digests.run(week, Optional.of(member), false);
          Duration took = Duration.between(start, Instant.now());
          log.info("run for {} against a silent server: {} in {} ms", member, hung.summary(), took.toMillis());
          assertThat(hung.count(Outcome.RETRY_LATER)).as(hung.summary()).isEqualTo(1);
          assertThat(hung.count(Outcome.SENT)).isZero();
          assertThat(took).as("bounded by the timeouts, not hung").isLessThan(Duration.ofSeconds(60));
          due++;
        }
        assertThat(held).as("the server was reached").isNotEmpty();

        silent.close();
        for (Socket socket : held) {
          socket.close();
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
          DigestRunReport resumed = digests.run(week, Optional.empty(), false);
          DigestRunReport again = digests.run(week, Optional.empty(), false);
          log.info("after the server recovered: {}; once more: {}", resumed.summary(), again.summary());

          assertThat(resumed.count(Outcome.SENT)).isGreaterThanOrEqualTo(due);
          assertThat(again.count(Outcome.SENT)).as("nobody twice").isZero();
          List<String> recipients = new ArrayList<>();
          for (MimeMessage message : mail.getReceivedMessages()) {
            recipients.add(((InternetAddress) message.getAllRecipients()[0]).getAddress());
          }
          assertThat(recipients).hasSize(resumed.count(Outcome.SENT)).doesNotHaveDuplicates()
              .contains(SILENT_RUN_MEMBERS.stream().map(m -> m + "@demo.copse.example").toArray(String[]::new));
        } finally {
          mail.stop();
        }
      }
    }
  }
}
