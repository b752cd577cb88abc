package org.copse.ingest.source.blog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.copse.ingest.source.support.SecureXml;
import org.jspecify.annotations.Nullable;

/** Pulls authors and items from a WXR export one at a time. Not thread-safe. */
final class WxrReader {
  /** An author declared by {@code <wp:author>}: its fields by local name ({@code author_login}, …). */
  record Author(Map<String, String> fields) {}

  private final XMLStreamReader xml;

  WxrReader(XMLStreamReader xml) {
    this.xml = xml;
  }

  /** The next {@link Author} or {@link WxrItem}, or null at the end. */
  @Nullable Object next() throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = xml.getLocalName();
      if (name.equals("author") && isWp()) {
        return new Author(fields("author"));
      }
      if (name.equals("item")) {
        return readItem();
      }
    }
    return null;
  }

  private boolean isWp() {
    String ns = xml.getNamespaceURI();
    return ns != null && ns.contains("wordpress.org/export");
  }

  private Map<String, String> fields(String end) throws XMLStreamException {
    Map<String, String> fields = new HashMap<>();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(end)) {
        return fields;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        fields.put(name, SecureXml.text(xml));
      }
    }
  }

  private WxrItem readItem() throws XMLStreamException {
    Map<String, String> fields = new HashMap<>();
    List<String> categories = new ArrayList<>();
    List<WxrItem.Comment> comments = new ArrayList<>();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("item")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = xml.getLocalName();
      String prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
      if (name.equals("comment") && isWp()) {
        Map<String, String> c = fields("comment");
        comments.add(new WxrItem.Comment(get(c, "comment_id"), get(c, "comment_author"), get(c, "comment_author_email"),
            get(c, "comment_date_gmt"), get(c, "comment_date"), get(c, "comment_content"), get(c, "comment_approved"),
            get(c, "comment_type"), get(c, "comment_parent"), get(c, "comment_user_id")));
      } else if (name.equals("category") && prefix.isEmpty()) {
        String text = SecureXml.text(xml).strip();
        if (!text.isEmpty()) {
          categories.add(text);
        }
      } else if (name.equals("encoded")) {
        fields.put(prefix + ":encoded", SecureXml.text(xml));
      } else if (name.equals("postmeta")) {
        SecureXml.skipElement(xml);
      } else {
        fields.put(name, SecureXml.text(xml));
      }
    }
    return new WxrItem(get(fields, "post_id"), get(fields, "title"), get(fields, "link"), get(fields, "creator"),
        get(fields, "content:encoded"), get(fields, "post_date_gmt"), get(fields, "post_date"), get(fields, "pubDate"),
        get(fields, "status"), get(fields, "post_type"), categories, comments);
  }

  private static String get(Map<String, String> fields, String name) {
    return fields.getOrDefault(name, "").strip();
  }
}
