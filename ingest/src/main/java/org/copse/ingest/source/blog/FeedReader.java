package org.copse.ingest.source.blog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.copse.ingest.source.support.SecureXml;
import org.jspecify.annotations.Nullable;

/** Pulls entries from an Atom feed or items from an RSS 2.0 channel one at a time. Not thread-safe. */
final class FeedReader {
  /** RSS {@code <author>}: "e-mail (Name)". */
  private static final Pattern EMAIL_AND_NAME = Pattern.compile("^(\\S+@\\S+)\\s*\\((.*)\\)$");

  /** One entry, whichever the feed format. */
  record Entry(String id, String title, String link, String authorName, String authorEmail, String published,
      String updated, String html, List<String> categories) {}

  private final XMLStreamReader xml;

  FeedReader(XMLStreamReader xml) {
    this.xml = xml;
  }

  @Nullable Entry next() throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT
          && (xml.getLocalName().equals("entry") || xml.getLocalName().equals("item"))) {
        return readEntry(xml.getLocalName());
      }
    }
    return null;
  }

  private Entry readEntry(String end) throws XMLStreamException {
    String id = "";
    String title = "";
    String link = "";
    String authorName = "";
    String authorEmail = "";
    String published = "";
    String updated = "";
    String content = "";
    String summary = "";
    List<String> categories = new ArrayList<>();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(end)) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "id", "guid" -> id = SecureXml.text(xml).strip();
        case "title" -> title = SecureXml.text(xml).strip();
        case "link" -> {
          String href = xml.getAttributeValue(null, "href");
          String rel = xml.getAttributeValue(null, "rel");
          String text = SecureXml.text(xml).strip();
          if (href != null && (rel == null || rel.equals("alternate")) && link.isEmpty()) {
            link = href;
          } else if (href == null && !text.isEmpty()) {
            link = text;
          }
        }
        case "author", "creator" -> {
          if (end.equals("entry") && xml.getLocalName().equals("author")) {
            while (true) {
              int inner = xml.next();
              if (inner == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("author")) {
                break;
              }
              if (inner == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                String value = SecureXml.text(xml).strip();
                if (name.equals("name")) {
                  authorName = value;
                } else if (name.equals("email")) {
                  authorEmail = value;
                }
              }
            }
          } else {
            String value = SecureXml.text(xml).strip();
            // RSS <author> is "email (Name)"; dc:creator is a name
            Matcher m = EMAIL_AND_NAME.matcher(value);
            if (m.matches()) {
              authorEmail = m.group(1);
              authorName = m.group(2).strip();
            } else if (value.contains("@") && !value.contains(" ")) {
              authorEmail = value;
              authorName = authorName.isEmpty() ? value : authorName;
            } else if (!value.isEmpty()) {
              authorName = value;
            }
          }
        }
        case "published", "pubDate", "date" -> published = SecureXml.text(xml).strip();
        case "updated" -> updated = SecureXml.text(xml).strip();
        case "content", "encoded" -> content = SecureXml.text(xml);
        case "summary", "description" -> summary = SecureXml.text(xml);
        case "category" -> {
          String term = xml.getAttributeValue(null, "term");
          String text = SecureXml.text(xml).strip();
          String value = term != null ? term : text;
          if (!value.isBlank()) {
            categories.add(value.strip());
          }
        }
        default -> SecureXml.skipElement(xml);
      }
    }
    if (id.isEmpty()) {
      id = link.isEmpty() ? title : link;
    }
    return new Entry(id, title, link, authorName, authorEmail, published, updated, content.isBlank() ? summary : content,
        categories);
  }
}
