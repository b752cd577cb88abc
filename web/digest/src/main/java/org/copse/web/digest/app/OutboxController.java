package org.copse.web.digest.app;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copse.web.digest.mail.MailTransport;
import org.copse.web.digest.mail.OutboxMailTransport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lists the emails written to the outbox folder (no SMTP host configured). Administrators only:
 * security should require ADMIN for {@code /digest/outbox}; this page checks the role as well.
 */
@Controller
class OutboxController {
  private final MailTransport transport;

  OutboxController(MailTransport transport) {
    this.transport = transport;
  }

  /** One file in the outbox. */
  record OutboxEntry(String name, long bytes, Instant written) {}

  @GetMapping(DigestPaths.OUTBOX)
  String list(HttpServletRequest request, Model model) {
    if (!request.isUserInRole("ADMIN")) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "administrators only");
    }
    List<OutboxEntry> entries = new ArrayList<>();
    if (transport instanceof OutboxMailTransport outbox) {
      try {
        for (Path file : outbox.messages()) {
          entries.add(new OutboxEntry(file.getFileName().toString(), Files.size(file),
              Files.getLastModifiedTime(file).toInstant()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not list the digest outbox " + outbox.folder(), e);
      }
      model.addAttribute("folder", outbox.folder().toAbsolutePath().toString());
    }
    model.addAttribute("smtp", !(transport instanceof OutboxMailTransport));
    model.addAttribute("transport", transport.describe());
    model.addAttribute("entries", entries);
    return "digest/outbox";
  }
}
