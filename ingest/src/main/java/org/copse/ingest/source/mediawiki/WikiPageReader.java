package org.copse.ingest.source.mediawiki;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.copse.ingest.source.support.SecureXml;
import org.copse.ingest.source.support.Times;
import org.jspecify.annotations.Nullable;

/**
 * Pulls one {@code <page>} at a time from a MediaWiki export. Holds one revision text at a time, so
 * a history of thousands of full revisions streams in constant memory. Not thread-safe.
 */
final class WikiPageReader {
  private final XMLStreamReader xml;
  private @Nullable String siteBase;

  WikiPageReader(XMLStreamReader xml) {
    this.xml = xml;
  }

  /** The wiki's article URL prefix from {@code <siteinfo><base>}, once read (e.g. {@code https://aa.wikipedia.org/wiki/}). */
  @Nullable String siteBase() {
    return siteBase;
  }

  /** The next page, or null at the end of the document. */
  @Nullable WikiPage next() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "base" -> {
          String base = SecureXml.text(xml).strip();
          int slash = base.lastIndexOf('/');
          siteBase = slash > 0 ? base.substring(0, slash + 1) : null;
        }
        case "page" -> {
          return readPage();
        }
        default -> { }
      }
    }
    return null;
  }

  private WikiPage readPage() throws XMLStreamException {
    long id = -1;
    String title = "";
    int namespace = 0;
    String redirect = null;
    String model = null;
    List<WikiPage.Revision> revisions = new ArrayList<>();
    String latestText = "";
    Instant latest = null;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("page")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "title" -> title = SecureXml.text(xml).strip();
        case "ns" -> namespace = parseInt(SecureXml.text(xml), 0);
        case "id" -> id = parseLong(SecureXml.text(xml), -1);
        case "redirect" -> {
          String target = xml.getAttributeValue(null, "title");
          redirect = target == null ? "" : target;
          SecureXml.skipElement(xml);
        }
        case "revision" -> {
          RevisionParts parts = readRevision();
          revisions.add(parts.revision());
          if (latest == null || !parts.revision().timestamp().isBefore(latest)) {
            latest = parts.revision().timestamp();
            latestText = parts.text();
            model = parts.model();
          }
        }
        default -> SecureXml.skipElement(xml);
      }
    }
    return new WikiPage(id, title, namespace, redirect, model, revisions, latestText);
  }

  private record RevisionParts(WikiPage.Revision revision, String text, @Nullable String model) {}

  private RevisionParts readRevision() throws XMLStreamException {
    long id = -1;
    Instant timestamp = Instant.EPOCH;
    String editor = null;
    boolean anonymous = false;
    String text = "";
    long size = -1;
    String model = null;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("revision")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "id" -> id = parseLong(SecureXml.text(xml), -1);
        case "timestamp" -> timestamp = Times.parse(SecureXml.text(xml)).orElse(Instant.EPOCH);
        case "model" -> model = SecureXml.text(xml).strip();
        case "contributor" -> {
          while (true) {
            int inner = xml.next();
            if (inner == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("contributor")) {
              break;
            }
            if (inner == XMLStreamConstants.START_ELEMENT) {
              String name = xml.getLocalName();
              String value = SecureXml.text(xml).strip();
              if (name.equals("username") && !value.isEmpty()) {
                editor = value;
                anonymous = false;
              } else if (name.equals("ip") && !value.isEmpty() && editor == null) {
                editor = value;
                anonymous = true;
              }
            }
          }
        }
        case "text" -> {
          String bytes = xml.getAttributeValue(null, "bytes");
          text = SecureXml.text(xml);
          size = bytes != null && text.isEmpty() ? parseLong(bytes, 0) : text.getBytes(StandardCharsets.UTF_8).length;
        }
        default -> SecureXml.skipElement(xml);
      }
    }
    return new RevisionParts(new WikiPage.Revision(id, timestamp, editor, anonymous, Math.max(size, 0)), text, model);
  }

  private static int parseInt(String text, int fallback) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static long parseLong(String text, long fallback) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
