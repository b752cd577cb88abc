package org.copse.ingest.source.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.lzma.LZMACompressorOutputStream;
import org.copse.ingest.source.SourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  private static final byte[] TEXT = "<mediawiki>é</mediawiki>\n".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path temp;

  @Test
  void readsPlainGzipBzip2LzmaAndSevenZipByName() throws IOException {
    Path plain = Files.write(temp.resolve("dump.xml"), TEXT);
    Path gz = temp.resolve("dump.xml.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(TEXT);
    }
    Path bz2 = temp.resolve("dump.xml.bz2");
    try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz2))) {
      out.write(TEXT);
    }
    Path lzma = temp.resolve("dump.xml.lzma");
    try (OutputStream out = new LZMACompressorOutputStream(Files.newOutputStream(lzma))) {
      out.write(TEXT);
    }
    Path sevenZ = temp.resolve("dump.7z");
    try (SevenZOutputFile out = new SevenZOutputFile(sevenZ.toFile())) {
      SevenZArchiveEntry entry = out.createArchiveEntry(plain.toFile(), "dump.xml");
      out.putArchiveEntry(entry);
      out.write(TEXT);
      out.closeArchiveEntry();
    }

    for (Path file : new Path[] {plain, gz, bz2, lzma, sevenZ}) {
      try (InputStream in = InputFiles.open(file)) {
        assertThat(in.readAllBytes()).as(file.getFileName().toString()).isEqualTo(TEXT);
      }
    }
  }

  @Test
  void decompressesToATemporaryCopyForRandomAccessAndDeletesItOnClose() throws IOException {
    Path gz = temp.resolve("list.mbox.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(TEXT);
    }
    Path copy;
    try (InputFiles.Readable readable = InputFiles.seekable(gz)) {
      copy = readable.path();
      assertThat(readable.temporary()).isTrue();
      assertThat(Files.readAllBytes(copy)).isEqualTo(TEXT);
    }
    assertThat(copy).doesNotExist();
  }

  @Test
  void failsWithTheFileNameForACorruptArchive() throws IOException {
    Path broken = Files.write(temp.resolve("broken.xml.gz"), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> InputFiles.open(broken)).isInstanceOf(SourceException.class).hasMessageContaining("broken.xml.gz");
  }
}
