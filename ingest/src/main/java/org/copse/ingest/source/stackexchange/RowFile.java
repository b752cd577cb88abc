package org.copse.ingest.source.stackexchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.copse.ingest.source.HostileInputException;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.support.LineFile;
import org.copse.ingest.source.support.XmlRow;

/**
 * Scans a dump file ({@code <posts><row …/>…</posts>}, one row per line as Stack Exchange writes
 * them; a row broken over lines is joined). A DTD in the prolog refuses the file as hostile; a row
 * that does not parse is reported as {@link SkipReason#INVALID} and left out.
 */
final class RowFile {
  private RowFile() {}

  /** Receives one parsed row with where it is in the file. */
  @FunctionalInterface
  interface RowVisitor {
    void row(long offset, int length, Map<String, String> attributes) throws IOException;
  }

  static void scan(Path file, Consumer<SkippedItem> skipped, RowVisitor visitor) throws IOException {
    String name = file.getFileName().toString();
    StringBuilder pending = new StringBuilder();
    long[] pendingStart = {-1, 0};
    boolean[] inRows = {false};
    LineFile.scan(file, (number, offset, length, text) -> {
      String trimmed = text.strip();
      if (!inRows[0] && (trimmed.contains("<!DOCTYPE") || trimmed.contains("<!ENTITY"))) {
        throw new HostileInputException(file + " line " + number + ": a DTD is not allowed in a dump file");
      }
      if (pendingStart[0] < 0 && !XmlRow.startsRow(trimmed)) {
        return;
      }
      inRows[0] = true;
      if (pendingStart[0] < 0) {
        pendingStart[0] = offset;
        pendingStart[1] = number;
      } else {
        pending.append('\n');
      }
      pending.append(text);
      if (!trimmed.endsWith("/>")) {
        return;
      }
      long start = pendingStart[0];
      int rowLength = (int) (offset + length - start);
      String row = pending.toString();
      pending.setLength(0);
      pendingStart[0] = -1;
      try {
        visitor.row(start, rowLength, XmlRow.parse(row));
      } catch (XmlRow.InvalidRowException e) {
        skipped.accept(new SkippedItem(name + "#line " + number, SkipReason.INVALID, e.getMessage()));
      }
    });
    if (pendingStart[0] >= 0) {
      skipped.accept(new SkippedItem(name + "#line " + pendingStart[1], SkipReason.INVALID, "row not closed before end of file"));
    }
  }
}
