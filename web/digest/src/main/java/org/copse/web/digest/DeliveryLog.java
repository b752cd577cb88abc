package org.copse.web.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.copse.store.Jdbc;
import org.jspecify.annotations.Nullable;

/**
 * What was sent to whom, in table {@code digest_deliveries}: the guard against a second copy.
 *
 * <p>A delivery is {@link #claim claimed} (committed as {@link DeliveryStatus#SENDING}) before the
 * message is handed over, and marked afterwards. Claims are atomic in the database, so two runs
 * (the schedule and the command line, or two nodes) never both send to one member for one period.
 *
 * <p>Contract: thread safe; every call is its own transaction; storage failures throw
 * {@link org.copse.index.StoreException}.
 */
public final class DeliveryLog {
  private static final int ERROR_LENGTH = 1000;
  private static final String COLUMNS = "member_id, period, status, message_id, attempts, items, last_error, updated";

  private final Jdbc sql;
  private final Clock clock;

  public DeliveryLog(DataSource dataSource, Clock clock) {
    this.sql = new Jdbc(dataSource);
    this.clock = clock;
  }

  public Optional<Delivery> find(String memberId, String period) {
    return sql.queryOne("read digest delivery",
        "SELECT " + COLUMNS + " FROM digest_deliveries WHERE member_id = ? AND period = ?",
        DeliveryLog::delivery, memberId, period);
  }

  /** Every delivery of a period, by member. */
  public List<Delivery> ofPeriod(String period) {
    return sql.query("list digest deliveries",
        "SELECT " + COLUMNS + " FROM digest_deliveries WHERE period = ? ORDER BY member_id",
        DeliveryLog::delivery, period);
  }

  /**
   * Claims the right to send: creates the row as SENDING, or moves a RETRY row below the attempt
   * limit to SENDING. Returns the claimed delivery (its message id is the one to use), or empty
   * when it was already sent, is being sent, failed for good, or ran out of attempts.
   */
  public Optional<Delivery> claim(String memberId, String period, String newMessageId, int items, int maxAttempts) {
    boolean inserted = sql.insertIfAbsent("claim digest delivery",
        "INSERT INTO digest_deliveries (" + COLUMNS + ") VALUES (?, ?, 'SENDING', ?, 1, ?, NULL, ?)",
        memberId, period, newMessageId, items, clock.instant());
    if (!inserted) {
      int moved = sql.update("claim digest delivery",
          "UPDATE digest_deliveries SET status = 'SENDING', attempts = attempts + 1, items = ?, updated = ? "
              + "WHERE member_id = ? AND period = ? AND status = 'RETRY' AND attempts < ?",
          items, clock.instant(), memberId, period, maxAttempts);
      if (moved == 0) {
        return Optional.empty();
      }
    }
    return find(memberId, period);
  }

  public void markSent(String memberId, String period) {
    mark(memberId, period, DeliveryStatus.SENT, null);
  }

  public void markRetry(String memberId, String period, String error) {
    mark(memberId, period, DeliveryStatus.RETRY, error);
  }

  public void markFailed(String memberId, String period, String error) {
    mark(memberId, period, DeliveryStatus.FAILED, error);
  }

  private void mark(String memberId, String period, DeliveryStatus status, @Nullable String error) {
    String shortError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    int changed = sql.update("record digest delivery",
        "UPDATE digest_deliveries SET status = ?, last_error = ?, updated = ? WHERE member_id = ? AND period = ?",
        status.name(), shortError, clock.instant(), memberId, period);
    if (changed != 1) {
      throw new IllegalStateException("no digest delivery to mark " + status + " for " + memberId + " in " + period);
    }
  }

  private static Delivery delivery(ResultSet row) throws SQLException {
    return new Delivery(row.getString("member_id"), row.getString("period"),
        DeliveryStatus.valueOf(row.getString("status")), row.getString("message_id"), row.getInt("attempts"),
        row.getInt("items"), row.getString("last_error"), Jdbc.instant(row, "updated"));
  }
}
