package org.copse.web.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.copse.expertise.fixtures.Backend;
import org.copse.index.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest's two tables on a real H2 file database: preferences and the delivery log. No index is
 * read here, so the world's index is Lucene only.
 */
class DigestRecordsTest {
  @TempDir Path folder;
  private DigestWorld world;
  private DeliveryLog log;
  private PreferencesStore preferences;

  @BeforeEach
  void setUp() {
    world = DigestWorld.create(folder, Backend.LUCENE, "digest-records");
    log = new DeliveryLog(world.dataSource, Clock.systemUTC());
    preferences = new PreferencesStore(world.dataSource, Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  @Test
  void aDeliveryIsClaimedOnceAndOnlyARetryMayBeClaimedAgainWithinTheAttemptLimit() {
    assertThat(log.claim("alice", "2026-W48", "<m1@x>", 3, 2)).hasValueSatisfying(d -> {
      assertThat(d.status()).isEqualTo(DeliveryStatus.SENDING);
      assertThat(d.attempts()).isEqualTo(1);
    });
    assertThat(log.claim("alice", "2026-W48", "<m2@x>", 3, 2)).isEmpty(); // in flight (or in doubt)

    log.markRetry("alice", "2026-W48", "421 try later");
    assertThat(log.claim("alice", "2026-W48", "<m3@x>", 3, 2)).hasValueSatisfying(d -> {
      assertThat(d.attempts()).isEqualTo(2);
      assertThat(d.messageId()).isEqualTo("<m1@x>"); // the same message on every attempt
    });
    log.markRetry("alice", "2026-W48", "421 try later");
    assertThat(log.claim("alice", "2026-W48", "<m4@x>", 3, 2)).isEmpty(); // attempts used up

    log.claim("bob", "2026-W48", "<b@x>", 1, 5);
    log.markSent("bob", "2026-W48");
    assertThat(log.claim("bob", "2026-W48", "<b2@x>", 1, 5)).isEmpty();
    log.claim("dave", "2026-W48", "<d@x>", 1, 5);
    log.markFailed("dave", "2026-W48", "550 no such user");
    assertThat(log.claim("dave", "2026-W48", "<d2@x>", 1, 5)).isEmpty();
    assertThat(log.claim("bob", "2026-W49", "<b3@x>", 1, 5)).isPresent(); // another period
    assertThat(log.ofPeriod("2026-W48")).extracting(Delivery::memberId).containsExactly("alice", "bob", "dave");
  }

  @Test
  void preferencesRoundTripAndUnsubscribingKeepsTheOtherChoices() {
    assertThat(preferences.get("alice")).isEqualTo(DigestPreferences.defaults("alice"));
    DigestPreferences chosen = new DigestPreferences("alice", Frequency.DAILY,
        EnumSet.of(DigestSection.UNANSWERED, DigestSection.PEOPLE_TO_ASK), Set.of("housing", "fraud"), Set.of("Damp"));
    preferences.save(chosen);
    assertThat(preferences.get("alice")).isEqualTo(chosen);
    assertThat(preferences.get("alice").followedTags()).containsExactly("damp");

    preferences.unsubscribe("alice");
    assertThat(preferences.get("alice")).isEqualTo(new DigestPreferences("alice", Frequency.OFF, chosen.sections(),
        chosen.communityIds(), chosen.followedTags()));
  }

  @Test
  void preferencesOfAnUnknownMemberCannotBeSaved() {
    assertThatThrownBy(() -> preferences.save(DigestPreferences.defaults("nobody")))
        .isInstanceOf(StoreException.class).hasMessageContaining("nobody");
  }
}
