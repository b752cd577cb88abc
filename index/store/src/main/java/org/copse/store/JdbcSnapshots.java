package org.copse.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.copse.index.StoreException;

/**
 * Named binary snapshots in the database (tables {@code snapshots} and {@code snapshot_chunks}),
 * for state that several application instances share, such as the expertise graph. The bytes are
 * the caller's; this class streams them in {@link #CHUNK_BYTES} rows each way, so neither side holds
 * a whole snapshot in memory.
 *
 * <p>Contract: {@link #save} replaces a snapshot in one transaction (a failed save leaves the
 * previous one in place); {@link #load} reads one committed generation with a single statement, so
 * a save running meanwhile is either wholly seen or not at all. Concurrent saves of one name end with
 * the last to commit. Database failures become {@link StoreException}s with the cause kept; so do
 * I/O failures of the caller's writer or reader. Thread safe.
 */
public final class JdbcSnapshots {
  /** The size of one stored row of bytes. */
  public static final int CHUNK_BYTES = 1 << 20;
  /** Rows the database driver fetches at a time while loading. */
  private static final int FETCH_CHUNKS = 2;

  /** Writes a snapshot's bytes. The stream is closed by {@link JdbcSnapshots}, not by the writer. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Reads a snapshot's bytes into a value. The stream is valid only during the call. */
  @FunctionalInterface
  public interface Reader<T> {
    T readFrom(InputStream in) throws IOException;
  }

  private final Jdbc jdbc;
  private final Clock clock;

  public JdbcSnapshots(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public JdbcSnapshots(DataSource dataSource, Clock clock) {
    this.jdbc = new Jdbc(dataSource);
    this.clock = clock;
  }

  /** Replaces the snapshot called {@code name} with what the writer writes. */
  public Snapshot save(String name, Writer writer) {
    String generation = UUID.randomUUID().toString();
    try {
      return jdbc.inTransaction("save the snapshot " + name, connection -> {
        ChunkOutput out = new ChunkOutput(connection, name, generation);
        try (out) {
          writer.writeTo(out);
        } catch (IOException e) {
          throw unwrap(e);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what both databases keep
        Jdbc.upsert(connection,
            "UPDATE snapshots SET generation = ?, byte_count = ?, chunk_count = ?, saved_at = ? WHERE name = ?",
            new Object[] {generation, out.bytes, out.chunks, now, name},
            "INSERT INTO snapshots (name, generation, byte_count, chunk_count, saved_at) VALUES (?, ?, ?, ?, ?)",
            new Object[] {name, generation, out.bytes, out.chunks, now});
        Jdbc.update(connection, "DELETE FROM snapshot_chunks WHERE name = ? AND generation <> ?", name, generation);
        return new Snapshot(name, out.bytes, out.chunks, now);
      });
    } catch (UncheckedIOException e) {
      throw new StoreException("could not write the snapshot " + name + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * Reads the snapshot called {@code name}; empty when there is none.
   *
   * @throws StoreException if the database fails, the stored chunks do not add up to the snapshot
   *     (damaged), or the reader fails
   */
  public <T> Optional<T> load(String name, Reader<T> reader) {
    Optional<Snapshot> saved = find(name);
    if (saved.isEmpty()) {
      return Optional.empty();
    }
    try {
      // in a transaction so that PostgreSQL streams the rows (a cursor) instead of fetching them all
      return Optional.of(jdbc.inTransaction("load the snapshot " + name, connection -> {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT s.chunk_count, s.byte_count, c.seq, c.data FROM snapshots s JOIN snapshot_chunks c"
                + " ON c.name = s.name AND c.generation = s.generation WHERE s.name = ? ORDER BY c.seq")) {
          statement.setFetchSize(FETCH_CHUNKS);
          statement.setString(1, name);
          try (ResultSet rows = statement.executeQuery(); ChunkInput in = new ChunkInput(rows, saved.get())) {
            T value = reader.readFrom(in);
            in.readToEnd();
            return value;
          } catch (IOException e) {
            throw unwrap(e);
          }
        }
      }));
    } catch (UncheckedIOException e) {
      throw new StoreException("could not read the snapshot " + name + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** A database failure inside the streams goes on as itself; the caller's I/O failure is rethrown unchecked. */
  private static SQLException unwrap(IOException e) {
    if (e.getCause() instanceof SQLException sql) {
      return sql;
    }
    throw new UncheckedIOException(e);
  }

  /** The saved snapshot's size and time, without its bytes. */
  public Optional<Snapshot> find(String name) {
    return jdbc.queryOne("look up the snapshot " + name,
        "SELECT byte_count, chunk_count, saved_at FROM snapshots WHERE name = ?",
        row -> new Snapshot(name, row.getLong("byte_count"), row.getInt("chunk_count"), Jdbc.instant(row, "saved_at")),
        name);
  }

  /** Removes the snapshot; nothing happens if there is none. */
  public void delete(String name) {
    jdbc.inTransaction("delete the snapshot " + name, connection -> {
      Jdbc.update(connection, "DELETE FROM snapshot_chunks WHERE name = ?", name);
      return Jdbc.update(connection, "DELETE FROM snapshots WHERE name = ?", name);
    });
  }

  /** Buffers one chunk and inserts it as a row when full or closed. */
  private static final class ChunkOutput extends OutputStream {
    private final PreparedStatement insert;
    private final byte[] buffer = new byte[CHUNK_BYTES];
    private int filled;
    long bytes;
    int chunks;
    private boolean closed;

    ChunkOutput(Connection connection, String name, String generation) throws SQLException {
      insert = connection.prepareStatement("INSERT INTO snapshot_chunks (name, generation, seq, data) VALUES (?, ?, ?, ?)");
      insert.setString(1, name);
      insert.setString(2, generation);
    }

    @Override
    public void write(int b) throws IOException {
      if (filled == buffer.length) {
        flushChunk();
      }
      buffer[filled++] = (byte) b;
      bytes++;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
      int done = 0;
      while (done < length) {
        if (filled == buffer.length) {
          flushChunk();
        }
        int n = Math.min(length - done, buffer.length - filled);
        System.arraycopy(data, offset + done, buffer, filled, n);
        filled += n;
        done += n;
      }
      bytes += length;
    }

    private void flushChunk() throws IOException {
      if (filled == 0) {
        return;
      }
      try {
        insert.setInt(3, chunks);
        insert.setBytes(4, filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled));
        insert.executeUpdate();
      } catch (SQLException e) {
        throw new IOException(e.getMessage(), e);
      }
      chunks++;
      filled = 0;
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        flushChunk();
      } finally {
        try {
          insert.close();
        } catch (SQLException e) {
          throw new IOException(e.getMessage(), e);
        }
      }
    }
  }

  /** The chunks of one generation as one stream, checking that none is missing. */
  private static final class ChunkInput extends InputStream {
    private final ResultSet rows;
    private final String name;
    private byte[] chunk = new byte[0];
    private int position;
    private int seen;
    private long read;
    /** From the snapshot row: first as looked up, then as joined to the chunks being read. */
    private int expectedChunks;
    private long expectedBytes;
    private boolean ended;

    ChunkInput(ResultSet rows, Snapshot saved) {
      this.rows = rows;
      this.name = saved.name();
      this.expectedChunks = saved.chunks();
      this.expectedBytes = saved.bytes();
    }

    @Override
    public int read() throws IOException {
      if (!fill()) {
        return -1;
      }
      read++;
      return chunk[position++] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, target, offset, n);
      position += n;
      read += n;
      return n;
    }

    /** Reads what the reader left, so that the completeness check runs. */
    void readToEnd() throws IOException {
      while (fill()) {
        read += chunk.length - position;
        position = chunk.length;
      }
    }

    /** Makes bytes available; false at the end, after checking that the counts add up. */
    private boolean fill() throws IOException {
      while (position == chunk.length) {
        if (ended) {
          return false;
        }
        try {
          if (!rows.next()) {
            ended = true;
            if (seen != expectedChunks || read != expectedBytes) {
              throw new IOException("snapshot " + name + " is damaged or was removed while loading: read " + seen
                  + " chunks of " + read + " bytes, expected " + expectedChunks + " chunks of " + expectedBytes);
            }
            return false;
          }
          expectedChunks = rows.getInt(1);
          expectedBytes = rows.getLong(2);
          int seq = rows.getInt(3);
          if (seq != seen) {
            throw new IOException("snapshot " + name + " is damaged: chunk " + seen + " is missing");
          }
          seen++;
          chunk = rows.getBytes(4);
          position = 0;
        } catch (SQLException e) {
          throw new IOException(e.getMessage(), e);
        }
      }
      return true;
    }
  }
}
