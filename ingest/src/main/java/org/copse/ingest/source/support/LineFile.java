package org.copse.ingest.source.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A plain text file read line by line with the byte offset of each line, and read back later at an
 * offset. Lets a reader index a large file in one pass (keeping only offsets) and then visit its
 * records in another order, in bounded memory. Lines are UTF-8; {@code \r\n} and {@code \n} end them.
 */
public final class LineFile implements AutoCloseable {
  private final Path path;
  private final FileChannel channel;

  public LineFile(Path path) throws IOException {
    this.path = path;
    this.channel = FileChannel.open(path, StandardOpenOption.READ);
  }

  /** Receives each line with its 1-based number, byte offset and byte length (without the line end). */
  @FunctionalInterface
  public interface LineVisitor {
    void line(long number, long offset, int length, String text) throws IOException;
  }

  /** Visits every line of {@code path} in order. */
  public static void scan(Path path, LineVisitor visitor) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] chunk = new byte[1 << 16];
      byte[] line = new byte[256];
      int length = 0;
      long offset = 0;
      long start = 0;
      long number = 0;
      for (int n; (n = in.read(chunk)) != -1; ) {
        for (int i = 0; i < n; i++) {
          byte b = chunk[i];
          offset++;
          if (b == '\n') {
            number++;
            int textLength = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            visitor.line(number, start, textLength, new String(line, 0, textLength, StandardCharsets.UTF_8));
            length = 0;
            start = offset;
          } else {
            if (length == line.length) {
              line = Arrays.copyOf(line, line.length * 2);
            }
            line[length++] = b;
          }
        }
      }
      if (length > 0) {
        int textLength = line[length - 1] == '\r' ? length - 1 : length;
        visitor.line(number + 1, start, textLength, new String(line, 0, textLength, StandardCharsets.UTF_8));
      }
    }
  }

  /** The UTF-8 text of {@code length} bytes at {@code offset}. */
  public String read(long offset, int length) throws IOException {
    return new String(readBytes(offset, length), StandardCharsets.UTF_8);
  }

  /** The {@code length} bytes at {@code offset}. */
  public byte[] readBytes(long offset, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    long position = offset;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position);
      if (n < 0) {
        throw new IOException(path + " is shorter than expected: it changed while being read?");
      }
      position += n;
    }
    return buffer.array();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
