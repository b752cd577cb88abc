package org.copse.ingest.source.support;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 CSV reader: commas, double-quoted values with doubled quotes, CRLF or LF. */
public final class Csv {
  private Csv() {}

  /** Reads every record; an unterminated quote is an {@link IOException}. */
  public static List<List<String>> read(Reader reader) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) != -1; ) {
      all.append(buffer, 0, n);
    }
    return parse(all.toString());
  }

  static List<List<String>> parse(String text) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    int i = 0;
    boolean pending = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && value.isEmpty()) {
        int end = i + 1;
        while (true) {
          int quote = text.indexOf('"', end);
          if (quote < 0) {
            throw new IOException("unterminated quoted value in CSV record " + (rows.size() + 1));
          }
          value.append(text, end, quote);
          if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
            value.append('"');
            end = quote + 2;
          } else {
            i = quote + 1;
            break;
          }
        }
        pending = true;
        continue;
      }
      if (c == ',') {
        row.add(value.toString());
        value.setLength(0);
        pending = true;
      } else if (c == '\n') {
        row.add(value.toString());
        value.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        pending = false;
      } else if (c != '\r') {
        value.append(c);
        pending = true;
      }
      i++;
    }
    if (pending) {
      row.add(value.toString());
      rows.add(row);
    }
    return rows;
  }
}
