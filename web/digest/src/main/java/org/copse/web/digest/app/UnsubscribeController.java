package org.copse.web.digest.app;

import java.util.Optional;
import org.copse.index.Directory;
import org.copse.web.digest.PreferencesStore;
import org.copse.web.digest.mail.UnsubscribeTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Unsubscribing without signing in, by a signed token (RFC 8058). A GET only asks to confirm (link
 * scanners and prefetchers follow GETs); a POST unsubscribes, whether a mail client's one-click
 * request ({@code List-Unsubscribe=One-Click}) or the confirmation form. Security must permit
 * {@code /digest/unsubscribe} without authentication and without a CSRF token for the POST: the
 * token in the URL is the authority.
 */
@Controller
@RequestMapping(DigestPaths.UNSUBSCRIBE)
class UnsubscribeController {
  private static final Logger log = LoggerFactory.getLogger(UnsubscribeController.class);

  private final UnsubscribeTokens tokens;
  private final PreferencesStore preferences;
  private final Directory directory;

  UnsubscribeController(UnsubscribeTokens tokens, PreferencesStore preferences, Directory directory) {
    this.tokens = tokens;
    this.preferences = preferences;
    this.directory = directory;
  }

  @GetMapping
  String confirm(@RequestParam(defaultValue = "") String token, Model model) {
    member(token);
    model.addAttribute("token", token);
    model.addAttribute("done", false);
    return "digest/unsubscribe";
  }

  @PostMapping
  String unsubscribe(@RequestParam(defaultValue = "") String token, Model model) {
    Optional<String> memberId = member(token);
    memberId.ifPresent(id -> {
      preferences.unsubscribe(id);
      log.info("member {} unsubscribed from digests", id);
    });
    model.addAttribute("token", token);
    model.addAttribute("done", true);
    return "digest/unsubscribe";
  }

  /** The member a valid token names (empty if they no longer exist); a bad token is a 400. */
  private Optional<String> member(String token) {
    String memberId = tokens.verify(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
        "This unsubscribe link is not valid. Sign in and change your digest preferences instead."));
    return directory.member(memberId).map(m -> memberId);
  }

  @ResponseStatus(HttpStatus.BAD_REQUEST)
  @org.springframework.web.bind.annotation.ExceptionHandler(ResponseStatusException.class)
  String invalid(ResponseStatusException e, Model model) {
    model.addAttribute("message", e.getReason());
    return "digest/invalid-link";
  }
}
