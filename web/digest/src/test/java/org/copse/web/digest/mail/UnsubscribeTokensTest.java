package org.copse.web.digest.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {
  private final UnsubscribeTokens tokens = new UnsubscribeTokens("k".repeat(32).getBytes(StandardCharsets.UTF_8));

  @Test
  void aGenuineTokenNamesItsMember() {
    assertThat(tokens.verify(tokens.tokenFor("se:beer:user:42"))).contains("se:beer:user:42");
  }

  @Test
  void forgedAlteredAndMalformedTokensAreRefused() {
    String alice = tokens.tokenFor("alice");
    String signature = alice.substring(alice.indexOf('.') + 1);
    String bobWithAlicesSignature = Base64.getUrlEncoder().withoutPadding()
        .encodeToString("bob".getBytes(StandardCharsets.UTF_8)) + "." + signature;
    assertThat(tokens.verify(bobWithAlicesSignature)).isEmpty();
    UnsubscribeTokens otherKey = new UnsubscribeTokens("x".repeat(32).getBytes(StandardCharsets.UTF_8));
    assertThat(tokens.verify(otherKey.tokenFor("alice"))).isEmpty();
    assertThat(tokens.verify("")).isEmpty();
    assertThat(tokens.verify("not-a-token")).isEmpty();
    assertThat(tokens.verify("%%%.***")).isEmpty();
    assertThat(tokens.verify(alice + ".extra")).isEmpty();
  }

  @Test
  void shortKeysAreRefused() {
    assertThatThrownBy(() -> new UnsubscribeTokens(new byte[16])).hasMessageContaining("at least 32 bytes");
  }
}
