package org.copse.ingest.source.support;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.copse.ingest.source.HostileInputException;

/**
 * Streaming XML for untrusted exports. The JDK's own StAX parser is used (not whatever another
 * library puts on the class path), with DTD processing and external entities off and a resolver
 * that refuses every external resource. A document type declaration with an internal subset
 * ({@code <!DOCTYPE x [ … ]>}) is refused with {@link HostileInputException}: that is where entity
 * expansion (billion laughs) and external entities (XXE) are declared, and no export format Copse
 * reads needs one. A bare declaration naming an external DTD (old RSS 0.91 feeds have one) is
 * ignored: the DTD is never loaded, so it can declare nothing.
 */
public final class SecureXml {
  private static final XMLInputFactory FACTORY = newFactory();

  private SecureXml() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    return factory;
  }

  /**
   * A reader over {@code in} (the encoding is taken from the document) that throws
   * {@link HostileInputException} when it meets a DTD or an entity reference. The caller closes both.
   */
  public static XMLStreamReader open(InputStream in, String location) throws XMLStreamException {
    XMLStreamReader reader;
    synchronized (FACTORY) {
      reader = FACTORY.createXMLStreamReader(in);
    }
    return new StreamReaderDelegate(reader) {
      @Override
      public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.DTD) {
          if (getText().indexOf('[') >= 0) {
            throw new HostileInputException(location + ": a DTD with declarations is not allowed");
          }
          event = super.next();
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new HostileInputException(location + ": entity reference &" + getLocalName() + "; is not allowed");
        }
        return event;
      }
    };
  }

  /** Skips the current element and everything in it; the reader must be on its start tag. */
  public static void skipElement(XMLStreamReader reader) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /**
   * The text of the current element, tolerating child elements (their text is included), so one
   * stray tag in an export does not fail the whole read. Leaves the reader on the end tag.
   */
  public static String text(XMLStreamReader reader) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(reader.getText());
        default -> { }
      }
    }
    return text.toString();
  }
}
