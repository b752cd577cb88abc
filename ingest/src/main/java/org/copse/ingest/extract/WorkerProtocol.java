package org.copse.ingest.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copse.ingest.source.SkipReason;
import org.jspecify.annotations.Nullable;

/**
 * The wire format between {@link ForkedExtractor} and {@link ExtractionWorker}: the parent sends a
 * path, the worker answers with one result. Strings are length-prefixed UTF-8 (no 64 KB limit).
 */
final class WorkerProtocol {
  /** Sent once by a worker when it is ready for requests. */
  static final int READY = 'R';
  private static final byte EXTRACTED = 0;
  private static final byte FAILED = 1;
  private static final long NO_TIME = Long.MIN_VALUE;

  private WorkerProtocol() {}

  static void writeReady(DataOutputStream out) throws IOException {
    out.writeByte(READY);
    out.flush();
  }

  static void writeRequest(DataOutputStream out, Path file) throws IOException {
    writeString(out, file.toAbsolutePath().toString());
    out.flush();
  }

  /** Reads the next request; null at the end of input (the parent closed the pipe). */
  static @Nullable Path readRequest(DataInputStream in) throws IOException {
    int length = in.read();
    if (length < 0) {
      return null;
    }
    int rest = in.readUnsignedByte() << 16 | in.readUnsignedByte() << 8 | in.readUnsignedByte();
    byte[] bytes = in.readNBytes(length << 24 | rest);
    return Path.of(new String(bytes, StandardCharsets.UTF_8));
  }

  static void writeResult(DataOutputStream out, ExtractionResult result) throws IOException {
    if (result instanceof ExtractionResult.Extracted extracted) {
      ExtractedDocument d = extracted.document();
      out.writeByte(EXTRACTED);
      writeString(out, d.title());
      out.writeInt(d.authors().size());
      for (String author : d.authors()) {
        writeString(out, author);
      }
      out.writeLong(d.created() == null ? NO_TIME : d.created().toEpochMilli());
      out.writeLong(d.modified() == null ? NO_TIME : d.modified().toEpochMilli());
      writeString(out, d.language());
      writeString(out, d.contentType());
      writeString(out, d.text());
      out.writeInt(d.parts().size());
      for (ExtractedPart part : d.parts()) {
        writeString(out, part.name());
        out.writeInt(part.depth());
        writeString(out, part.text());
      }
      out.writeBoolean(d.truncated());
    } else if (result instanceof ExtractionResult.Failed failed) {
      out.writeByte(FAILED);
      writeString(out, failed.reason().name());
      writeString(out, failed.detail());
    }
    out.flush();
  }

  static ExtractionResult readResult(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    if (kind == FAILED) {
      return ExtractionResult.failed(SkipReason.valueOf(readString(in)), readString(in));
    }
    if (kind != EXTRACTED) {
      throw new IOException("unknown result kind " + kind + " from the extraction worker");
    }
    String title = readString(in);
    int authorCount = in.readInt();
    List<String> authors = new ArrayList<>(authorCount);
    for (int i = 0; i < authorCount; i++) {
      authors.add(readString(in));
    }
    Instant created = instant(in.readLong());
    Instant modified = instant(in.readLong());
    String language = readString(in);
    String contentType = readString(in);
    String text = readString(in);
    int partCount = in.readInt();
    List<ExtractedPart> parts = new ArrayList<>(partCount);
    for (int i = 0; i < partCount; i++) {
      parts.add(new ExtractedPart(readString(in), in.readInt(), readString(in)));
    }
    boolean truncated = in.readBoolean();
    return new ExtractionResult.Extracted(
        new ExtractedDocument(title, authors, created, modified, language, contentType, text, parts, truncated));
  }

  private static @Nullable Instant instant(long millis) {
    return millis == NO_TIME ? null : Instant.ofEpochMilli(millis);
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("negative string length " + length + " from the extraction worker");
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
