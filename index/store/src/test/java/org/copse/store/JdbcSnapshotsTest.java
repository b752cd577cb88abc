package org.copse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.copse.index.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class JdbcSnapshotsTest extends StoreTestBase {
  private static final Logger log = LoggerFactory.getLogger(JdbcSnapshotsTest.class);
  private static final long SEED = 20261127L;

  private DataSource db;
  private JdbcSnapshots snapshots;

  @BeforeEach
  void setUp() {
    db = openDatabase();
    snapshots = new JdbcSnapshots(db);
  }

  private static byte[] randomBytes(int length) {
    log.info("random snapshot bytes, seed {}", SEED);
    byte[] bytes = new byte[length];
    new Random(SEED + length).nextBytes(bytes);
    return bytes;
  }

  private long chunkRows() {
    try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
      var rows = statement.executeQuery("SELECT COUNT(*) FROM snapshot_chunks");
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void bytesSpanningSeveralChunksComeBackAsSavedAndASaveReplacesThePreviousOne() {
    byte[] big = randomBytes(JdbcSnapshots.CHUNK_BYTES * 2 + 12_345);
    Snapshot saved = snapshots.save("graph", out -> out.write(big));

    assertThat(saved.chunks()).isEqualTo(3);
    assertThat(saved.bytes()).isEqualTo(big.length);
    assertThat(snapshots.find("graph")).contains(saved);
    assertThat(snapshots.load("graph", InputStream::readAllBytes)).hasValueSatisfying(b -> assertThat(b).isEqualTo(big));

    byte[] small = randomBytes(10);
    snapshots.save("graph", out -> {
      for (byte b : small) {
        out.write(b); // byte by byte, the other write path
      }
    });
    assertThat(snapshots.load("graph", InputStream::readAllBytes)).hasValueSatisfying(b -> assertThat(b).isEqualTo(small));
    assertThat(chunkRows()).isEqualTo(1);
  }

  @Test
  void aMissingSnapshotIsEmptyAndAnEmptyOneLoadsAsNoBytes() {
    assertThat(snapshots.load("none", InputStream::readAllBytes)).isEmpty();
    assertThat(snapshots.find("none")).isEmpty();

    snapshots.save("empty", out -> { });
    assertThat(snapshots.load("empty", InputStream::readAllBytes)).hasValueSatisfying(b -> assertThat(b).isEmpty());

    snapshots.delete("empty");
    assertThat(snapshots.find("empty")).isEmpty();
    assertThat(chunkRows()).isZero();
  }

  @Test
  void aFailedSaveLeavesThePreviousSnapshotInPlace() {
    byte[] first = randomBytes(100);
    snapshots.save("graph", out -> out.write(first));

    assertThatThrownBy(() -> snapshots.save("graph", out -> {
      out.write(randomBytes(JdbcSnapshots.CHUNK_BYTES + 1));
      throw new IOException("disk full while writing");
    })).isInstanceOf(StoreException.class).hasMessageContaining("graph").hasMessageContaining("disk full")
        .hasCauseInstanceOf(IOException.class);

    assertThat(snapshots.load("graph", InputStream::readAllBytes)).hasValueSatisfying(b -> assertThat(b).isEqualTo(first));
    assertThat(chunkRows()).isEqualTo(1);
  }

  @Test
  void aSnapshotWithAMissingChunkIsReportedDamaged() throws SQLException {
    snapshots.save("graph", out -> out.write(randomBytes(JdbcSnapshots.CHUNK_BYTES * 2)));
    try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM snapshot_chunks WHERE seq = 1");
    }

    assertThatThrownBy(() -> snapshots.load("graph", in -> in.readNBytes(10)))
        .isInstanceOf(StoreException.class).hasMessageContaining("damaged");
  }

  @Test
  void aLoadSeesOneWholeGenerationEvenWhenASaveCommitsWhileItReads() {
    byte[] before = randomBytes(JdbcSnapshots.CHUNK_BYTES * 3);
    byte[] after = randomBytes(JdbcSnapshots.CHUNK_BYTES * 3 + 1);
    snapshots.save("graph", out -> out.write(before));
    AtomicReference<Snapshot> savedMeanwhile = new AtomicReference<>();

    byte[] loaded = snapshots.load("graph", in -> {
      byte[] head = in.readNBytes(JdbcSnapshots.CHUNK_BYTES);
      savedMeanwhile.set(new JdbcSnapshots(db).save("graph", out -> out.write(after)));
      byte[] rest = in.readAllBytes();
      byte[] all = new byte[head.length + rest.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(rest, 0, all, head.length, rest.length);
      return all;
    }).orElseThrow();

    assertThat(savedMeanwhile.get().bytes()).isEqualTo(after.length);
    assertThat(loaded).isEqualTo(before);
    assertThat(snapshots.load("graph", InputStream::readAllBytes)).hasValueSatisfying(b -> assertThat(b).isEqualTo(after));
  }
}
