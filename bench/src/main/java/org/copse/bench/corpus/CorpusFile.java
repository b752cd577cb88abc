package org.copse.bench.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A generated corpus written once to disk in a compact binary form, so that index builds measure
 * indexing rather than text generation, and every engine reads exactly the same contributions. A
 * properties file beside it records size, seed and the bytes of text (titles and bodies, UTF-8)
 * that throughput in MB/s is counted against.
 *
 * @param data the binary file
 * @param size contributions in it
 * @param seed the seed it was generated with
 * @param textBytes UTF-8 bytes of all titles and bodies
 */
public record CorpusFile(Path data, long size, long seed, long textBytes) {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusFile.class);
  private static final int MAGIC = 0x43505342;
  private static final int BUFFER = 1 << 20;

  /** The corpus of this size and seed in {@code folder}, generated first if it is not there yet. */
  public static CorpusFile ensure(Path folder, CorpusModel model, long size) throws IOException {
    Files.createDirectories(folder);
    Path data = folder.resolve("corpus-" + size + "-seed" + model.seed() + ".bin");
    Path meta = folder.resolve(data.getFileName() + ".properties");
    if (Files.exists(data) && Files.exists(meta)) {
      Properties properties = new Properties();
      try (InputStream in = Files.newInputStream(meta)) {
        properties.load(in);
      }
      LOG.info("Reusing corpus {} ({} contributions, seed {})", data, size, model.seed());
      return new CorpusFile(data, size, model.seed(), Long.parseLong(properties.getProperty("textBytes")));
    }
    LOG.info("Generating {} contributions with seed {} into {}", size, model.seed(), data);
    long start = System.nanoTime();
    Path partial = folder.resolve(data.getFileName() + ".partial");
    long textBytes = 0;
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), BUFFER))) {
      out.writeInt(MAGIC);
      out.writeLong(size);
      out.writeLong(model.seed());
      CorpusGenerator generator = new CorpusGenerator(model, size);
      while (generator.hasNext()) {
        textBytes += write(out, generator.next());
      }
    }
    Files.move(partial, data, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Properties properties = new Properties();
    properties.setProperty("size", Long.toString(size));
    properties.setProperty("seed", Long.toString(model.seed()));
    properties.setProperty("textBytes", Long.toString(textBytes));
    try (OutputStream out = Files.newOutputStream(meta)) {
      properties.store(out, "Copse benchmark corpus");
    }
    LOG.info("Generated {} contributions, {} MB of text, in {} s", size, textBytes / 1_000_000,
        String.format("%.1f", (System.nanoTime() - start) / 1e9));
    return new CorpusFile(data, size, model.seed(), textBytes);
  }

  /** Opens the file for reading from the start. */
  public Reader open() throws IOException {
    return new Reader(data, size);
  }

  private static long write(DataOutputStream out, Contribution c) throws IOException {
    writeString(out, c.id());
    out.writeByte(c.kind().ordinal());
    writeString(out, c.communityId());
    long text = writeString(out, c.title()) + writeString(out, c.body());
    out.writeByte(c.contributors().size());
    for (Contributor contributor : c.contributors()) {
      writeString(out, contributor.memberId());
      out.writeByte(contributor.role().ordinal());
      out.writeInt(contributor.editSize());
    }
    out.writeByte(c.tags().size());
    for (String tag : c.tags()) {
      writeString(out, tag);
    }
    out.writeLong(c.created().getEpochSecond());
    out.writeLong(c.updated().getEpochSecond());
    writeString(out, c.threadId());
    writeNullable(out, c.parentId());
    writeNullable(out, c.sourceUrl());
    writeString(out, c.contentHash());
    out.writeInt(c.score());
    return text;
  }

  private static int writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
    return bytes.length;
  }

  private static void writeNullable(DataOutputStream out, @Nullable String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      writeString(out, value);
    }
  }

  /**
   * Reads contributions in order. {@link #nextBatch} may be called from several threads, which is
   * how the index builds share one corpus among their indexing threads.
   */
  public static final class Reader implements AutoCloseable {
    private static final ContributionKind[] KINDS = ContributionKind.values();
    private static final ContributorRole[] ROLES = ContributorRole.values();
    private final DataInputStream in;
    private final long size;
    private long read;

    private Reader(Path data, long size) throws IOException {
      this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(data), BUFFER));
      this.size = size;
      if (in.readInt() != MAGIC || in.readLong() != size) {
        in.close();
        throw new IOException(data + " is not a benchmark corpus of " + size + " contributions; delete it to regenerate");
      }
      in.readLong();
    }

    /** Up to {@code count} next contributions; empty at the end. */
    public synchronized List<Contribution> nextBatch(int count) {
      List<Contribution> batch = new ArrayList<>(count);
      try {
        while (batch.size() < count && read < size) {
          batch.add(readOne());
          read++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read contribution " + read + " of the corpus", e);
      }
      return batch;
    }

    private Contribution readOne() throws IOException {
      Contribution.Builder builder = Contribution.builder(readString(), KINDS[in.readByte()], readString())
          .title(readString())
          .body(readString());
      int contributorCount = in.readByte();
      List<Contributor> contributors = new ArrayList<>(contributorCount);
      for (int i = 0; i < contributorCount; i++) {
        contributors.add(new Contributor(readString(), ROLES[in.readByte()], in.readInt()));
      }
      int tagCount = in.readByte();
      List<String> tags = new ArrayList<>(tagCount);
      for (int i = 0; i < tagCount; i++) {
        tags.add(readString());
      }
      return builder.contributors(contributors)
          .tags(tags)
          .created(Instant.ofEpochSecond(in.readLong()))
          .updated(Instant.ofEpochSecond(in.readLong()))
          .threadId(readString())
          .parentId(readNullable())
          .sourceUrl(readNullable())
          .contentHash(readString())
          .score(in.readInt())
          .build();
    }

    private String readString() throws IOException {
      int length = in.readInt();
      if (length < 0) {
        throw new EOFException("negative string length " + length);
      }
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }

    private @Nullable String readNullable() throws IOException {
      return in.readBoolean() ? readString() : null;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
