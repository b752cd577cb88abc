package org.copse.web.digest.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.copse.web.digest.DigestItem;

/**
 * The absolute links an email carries. Contributions link to Copse's own page for them (which
 * checks access again when followed), never straight to the source.
 */
public final class DigestLinks {
  private final String baseUrl;
  private final String itemPath;
  private final String memberPath;
  private final UnsubscribeTokens tokens;

  /**
   * @param baseUrl the public address of Copse, such as {@code https://copse.example.gov.uk}
   * @param itemPath a contribution's page, with {@code {id}} for its (URL-encoded) id
   * @param memberPath a member's page, with {@code {id}}
   * @param tokens signs unsubscribe links
   */
  public DigestLinks(String baseUrl, String itemPath, String memberPath, UnsubscribeTokens tokens) {
    URI base = URI.create(baseUrl);
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || base.getHost() == null) {
      throw new IllegalArgumentException("the digest base URL must be an absolute http(s) address: " + baseUrl);
    }
    if (!itemPath.contains("{id}") || !memberPath.contains("{id}")) {
      throw new IllegalArgumentException("item and member paths need an {id} placeholder");
    }
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.itemPath = itemPath;
    this.memberPath = memberPath;
    this.tokens = tokens;
  }

  public String item(DigestItem item) {
    return baseUrl + itemPath.replace("{id}", encode(item.contributionId()));
  }

  public String member(String memberId) {
    return baseUrl + memberPath.replace("{id}", encode(memberId));
  }

  /** A page of Copse by its path, such as {@code /communities/housing/health}. */
  public String page(String path) {
    return baseUrl + (path.startsWith("/") ? path : "/" + path);
  }

  public String preferences() {
    return baseUrl + "/digest/preferences";
  }

  /** The RFC 8058 one-click address: a POST here unsubscribes, a GET asks to confirm. */
  public String unsubscribe(String memberId) {
    return baseUrl + "/digest/unsubscribe?token=" + encode(tokens.tokenFor(memberId));
  }

  public String home() {
    return baseUrl + "/";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
