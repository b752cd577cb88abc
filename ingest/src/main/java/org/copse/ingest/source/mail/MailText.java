package org.copse.ingest.source.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.copse.ingest.source.support.HtmlText;

/**
 * The readable text of a mail: text/plain preferred, HTML cleaned, attachments left out; then
 * quoted lines ({@code > …}), the "On … wrote:" line that introduces them and the signature (after a
 * {@code "-- "} line) removed, so that a reply is credited only with what its sender wrote.
 */
final class MailText {
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "(?i)^(on .{0,200}wrote:|.{0,120} (writes|wrote|a écrit|schrieb):)\\s*$");
  private static final int MAX_DEPTH = 10;

  private MailText() {}

  static String of(Part message) throws MessagingException, IOException {
    return strip(text(message, 0));
  }

  private static String text(Part part, int depth) throws MessagingException, IOException {
    if (depth > MAX_DEPTH || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return "";
    }
    if (part.isMimeType("text/plain")) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("text/html")) {
      return HtmlText.toText(String.valueOf(part.getContent()));
    }
    if (part.isMimeType("multipart/alternative") && part.getContent() instanceof Multipart alternatives) {
      String html = "";
      for (int i = 0; i < alternatives.getCount(); i++) {
        BodyPart alternative = alternatives.getBodyPart(i);
        if (alternative.isMimeType("text/plain")) {
          return text(alternative, depth + 1);
        }
        if (html.isEmpty()) {
          html = text(alternative, depth + 1);
        }
      }
      return html;
    }
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < parts.getCount(); i++) {
        String text = text(parts.getBodyPart(i), depth + 1);
        if (!text.isBlank()) {
          texts.add(text);
        }
      }
      return String.join("\n\n", texts);
    }
    return "";
  }

  /** Removes quoted lines, their attribution line and the signature. */
  static String strip(String text) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.equals("-- ") || line.equals("--")) {
        break;
      }
      if (line.startsWith(">")) {
        continue;
      }
      if (ATTRIBUTION.matcher(line.strip()).matches() && nextNonBlankIsQuote(lines, i + 1)) {
        continue;
      }
      kept.add(line);
    }
    return HtmlText.tidy(String.join("\n", kept));
  }

  private static boolean nextNonBlankIsQuote(String[] lines, int from) {
    for (int i = from; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return lines[i].startsWith(">");
      }
    }
    return false;
  }
}
