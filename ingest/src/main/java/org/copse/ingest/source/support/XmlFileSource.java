package org.copse.ingest.source.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.copse.ingest.source.HostileInputException;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.SourceItem;
import org.jspecify.annotations.Nullable;

/**
 * Streams one XML file through a record reader, turning each record into zero or more items. A
 * hostile document is reported as {@link SkipReason#HOSTILE}, a broken one as
 * {@link SkipReason#CORRUPT} (items before the break are kept).
 */
public final class XmlFileSource {
  private XmlFileSource() {}

  /** Reads the next record, or null at the end. */
  @FunctionalInterface
  public interface RecordReader {
    @Nullable Object next() throws XMLStreamException;
  }

  /** Maps a record to items, reporting what it leaves out. */
  @FunctionalInterface
  public interface RecordMapper {
    List<SourceItem> map(Object record, Consumer<SkippedItem> skipped);
  }

  public static SourceCursor cursor(Path file, Function<XMLStreamReader, RecordReader> readers,
      RecordMapper mapper, Consumer<SkippedItem> skipped) {
    InputStream in = InputFiles.open(file);
    XMLStreamReader xml;
    try {
      xml = SecureXml.open(in, file.toString());
    } catch (XMLStreamException e) {
      try {
        in.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw new SourceException("cannot read " + file + ": " + e.getMessage(), e);
    }
    RecordReader records = readers.apply(xml);
    return new LookaheadCursor() {
      private final Deque<SourceItem> pending = new ArrayDeque<>();

      @Override
      protected @Nullable SourceItem computeNext() {
        try {
          while (pending.isEmpty()) {
            Object record = records.next();
            if (record == null) {
              return null;
            }
            pending.addAll(mapper.map(record, skipped));
          }
          return pending.poll();
        } catch (HostileInputException e) {
          skipped.accept(new SkippedItem(file.toString(), SkipReason.HOSTILE, e.getMessage()));
          return null;
        } catch (XMLStreamException e) {
          skipped.accept(new SkippedItem(file + " at line " + e.getLocation().getLineNumber(), SkipReason.CORRUPT,
              "the rest of the file cannot be parsed: " + e.getMessage()));
          return null;
        }
      }

      @Override
      public void close() {
        try {
          xml.close();
          in.close();
        } catch (XMLStreamException | IOException e) {
          throw new SourceException("cannot close " + file, e);
        }
      }
    };
  }

  /** Visits every record of the file (for a directory pass); failures are thrown. */
  public static void forEach(Path file, Function<XMLStreamReader, RecordReader> readers,
      Consumer<Object> visitor) {
    try (InputStream in = InputFiles.open(file)) {
      XMLStreamReader xml = SecureXml.open(in, file.toString());
      RecordReader records = readers.apply(xml);
      for (Object record; (record = records.next()) != null; ) {
        visitor.accept(record);
      }
      xml.close();
    } catch (XMLStreamException | IOException e) {
      throw new SourceException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
