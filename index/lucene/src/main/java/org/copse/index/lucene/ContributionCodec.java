package org.copse.index.lucene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.jspecify.annotations.Nullable;

/**
 * The compact binary form of what a stored document needs besides its title and body, so that
 * {@code get} and {@code scan} rebuild the exact {@link Contribution} that was indexed; and of a
 * contributor list on its own, for the doc values that evidence reads.
 */
final class ContributionCodec {
  private static final int VERSION = 1;

  private ContributionCodec() {}

  /** Everything but the id, title and body. */
  static BytesRef encodeMeta(Contribution c) {
    return write(out -> {
      out.writeByte(VERSION);
      writeString(out, c.kind().name());
      writeString(out, c.communityId());
      writeContributors(out, c.contributors());
      writeStrings(out, c.tags());
      writeStrings(out, c.entities());
      writeStrings(out, c.keyPhrases());
      writeString(out, c.language());
      writeInstant(out, c.created());
      writeInstant(out, c.updated());
      writeString(out, c.threadId());
      writeNullable(out, c.parentId());
      writeNullable(out, c.sourceUrl());
      writeString(out, c.contentHash());
      out.writeInt(c.score());
    });
  }

  /** Rebuilds a contribution from its id, title, body and {@link #encodeMeta meta}. */
  static Contribution decode(String id, String title, String body, BytesRef meta) {
    try (DataInputStream in = input(meta)) {
      int version = in.readByte();
      if (version != VERSION) {
        throw new IllegalStateException("stored contribution " + id + " has format " + version
            + "; this version reads " + VERSION + ": rebuild the index");
      }
      ContributionKind kind = ContributionKind.valueOf(readString(in));
      String community = readString(in);
      List<Contributor> contributors = readContributors(in);
      List<String> tags = readStrings(in);
      List<String> entities = readStrings(in);
      List<String> keyPhrases = readStrings(in);
      String language = readString(in);
      Instant created = readInstant(in);
      Instant updated = readInstant(in);
      String thread = readString(in);
      String parent = readNullable(in);
      String source = readNullable(in);
      String hash = readString(in);
      int score = in.readInt();
      return new Contribution(id, kind, community, title, body, contributors, tags, entities, keyPhrases,
          language, created, updated, thread, parent, source, hash, score);
    } catch (IOException e) {
      throw new UncheckedIOException("stored contribution " + id + " cannot be read", e);
    }
  }

  static BytesRef encodeContributors(List<Contributor> contributors) {
    return write(out -> writeContributors(out, contributors));
  }

  static List<Contributor> decodeContributors(BytesRef bytes) {
    try (DataInputStream in = input(bytes)) {
      return readContributors(in);
    } catch (IOException e) {
      throw new UncheckedIOException("stored contributors cannot be read", e);
    }
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private static BytesRef write(Writer writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory write failed", e);
    }
    return new BytesRef(bytes.toByteArray());
  }

  private static DataInputStream input(BytesRef bytes) {
    return new DataInputStream(new ByteArrayInputStream(bytes.bytes, bytes.offset, bytes.length));
  }

  private static void writeContributors(DataOutputStream out, List<Contributor> contributors) throws IOException {
    out.writeInt(contributors.size());
    for (Contributor c : contributors) {
      writeString(out, c.memberId());
      out.writeByte(c.role().ordinal());
      out.writeInt(c.editSize());
    }
  }

  private static List<Contributor> readContributors(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Contributor> list = new ArrayList<>(n);
    ContributorRole[] roles = ContributorRole.values();
    for (int i = 0; i < n; i++) {
      list.add(new Contributor(readString(in), roles[in.readByte()], in.readInt()));
    }
    return list;
  }

  private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      writeString(out, value);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(readString(in));
    }
    return list;
  }

  private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
    out.writeLong(instant.getEpochSecond());
    out.writeInt(instant.getNano());
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }

  private static void writeNullable(DataOutputStream out, @Nullable String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      writeString(out, value);
    }
  }

  private static @Nullable String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? readString(in) : null;
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
