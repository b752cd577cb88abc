package org.copse.ingest.source.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.lzma.LZMACompressorInputStream;
import org.copse.ingest.source.SourceException;

/**
 * Opens source files, plain or compressed, chosen by file name: {@code .gz}, {@code .bz2},
 * {@code .lzma}, or {@code .7z} (its first file). Streams are decompressed on the fly; nothing is
 * loaded whole.
 */
public final class InputFiles {
  private InputFiles() {}

  /** Opens the file for streaming, decompressing by its name; the caller closes the stream. */
  public static InputStream open(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      try {
        if (name.endsWith(".gz")) {
          return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
        } else if (name.endsWith(".bz2")) {
          return new BufferedInputStream(new BZip2CompressorInputStream(raw, true), 1 << 16);
        } else if (name.endsWith(".lzma")) {
          return new BufferedInputStream(new LZMACompressorInputStream(raw), 1 << 16);
        } else if (name.endsWith(".7z")) {
          raw.close();
          return openSevenZ(file);
        }
        return raw;
      } catch (IOException e) {
        raw.close();
        throw e;
      }
    } catch (IOException e) {
      throw new SourceException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether the file is compressed and so cannot be read at random offsets. */
  public static boolean isCompressed(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".gz") || name.endsWith(".bz2") || name.endsWith(".lzma") || name.endsWith(".7z");
  }

  /**
   * A plain file with the content of {@code file}: the file itself, or a temporary copy decompressed
   * next to the system temp folder that {@link Readable#close()} deletes.
   */
  public static Readable seekable(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new SourceException("not a readable file: " + file);
    }
    if (!isCompressed(file)) {
      return new Readable(file, false);
    }
    try {
      Path copy = Files.createTempFile("copse-source-", ".plain");
      try (InputStream in = open(file)) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(copy);
        throw e;
      }
      return new Readable(copy, true);
    } catch (IOException e) {
      throw new SourceException("cannot decompress " + file + ": " + e.getMessage(), e);
    }
  }

  private static InputStream openSevenZ(Path file) throws IOException {
    SevenZFile archive = SevenZFile.builder().setPath(file).get();
    SevenZArchiveEntry entry;
    while ((entry = archive.getNextEntry()) != null && entry.isDirectory()) {
      // skip folders to the first file
    }
    if (entry == null) {
      archive.close();
      throw new IOException("empty 7z archive");
    }
    InputStream entryStream = archive.getInputStream(entry);
    return new BufferedInputStream(new InputStream() {
      @Override
      public int read() throws IOException {
        return entryStream.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return entryStream.read(b, off, len);
      }

      @Override
      public void close() throws IOException {
        archive.close();
      }
    }, 1 << 16);
  }

  /** A plain file to read at random offsets; deleted on close if it is a temporary copy. */
  public record Readable(Path path, boolean temporary) implements AutoCloseable {
    @Override
    public void close() {
      if (temporary) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new SourceException("cannot delete temporary copy " + path, e);
        }
      }
    }
  }
}
