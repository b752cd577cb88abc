package org.copse.ingest.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ingest tables (migration V100): what each source yielded with its content hash and the last
 * run that saw it, the problems of each run, and each source's current run number. Writes join the
 * Spring-managed transaction when there is one, so the ledger commits with the chunk that wrote it.
 */
final class IngestLedger {
  private static final int MAX_DETAIL = 2000;
  private static final int MAX_LOCATION = 1000;

  private final JdbcTemplate jdbc;

  IngestLedger(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  Optional<String> hashOf(String source, String contributionId) {
    List<String> hashes = jdbc.queryForList(
        "SELECT content_hash FROM ingest_ledger WHERE source_name = ? AND contribution_id = ?", String.class,
        source, contributionId);
    return hashes.stream().findFirst();
  }

  /** Records that this run saw these items with these hashes. */
  void seen(String source, long run, Collection<IngestOutcome> items) {
    for (IngestOutcome item : items) {
      String hash = item instanceof IngestOutcome.Upsert upsert ? upsert.contribution().contentHash()
          : ((IngestOutcome.Unchanged) item).contentHash();
      int updated = jdbc.update(
          "UPDATE ingest_ledger SET content_hash = ?, last_run = ? WHERE source_name = ? AND contribution_id = ?",
          hash, run, source, item.key());
      if (updated == 0) {
        jdbc.update("INSERT INTO ingest_ledger (source_name, contribution_id, content_hash, last_run) VALUES (?, ?, ?, ?)",
            source, item.key(), hash, run);
      }
    }
  }

  /** What the source yielded before but this run did not see, in id order. */
  List<String> vanished(String source, long run, int limit) {
    return jdbc.queryForList("SELECT contribution_id FROM ingest_ledger WHERE source_name = ? AND last_run <> ? "
        + "ORDER BY contribution_id FETCH FIRST " + limit + " ROWS ONLY", String.class, source, run);
  }

  long count(String source) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM ingest_ledger WHERE source_name = ?", Long.class, source);
    return count == null ? 0 : count;
  }

  long countSeen(String source, long run) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM ingest_ledger WHERE source_name = ? AND last_run = ?",
        Long.class, source, run);
    return count == null ? 0 : count;
  }

  void forget(String source, Collection<String> ids) {
    for (String id : ids) {
      jdbc.update("DELETE FROM ingest_ledger WHERE source_name = ? AND contribution_id = ?", source, id);
    }
  }

  /** Records a problem; recording the same location twice in a run keeps the latest. */
  void problem(long run, String source, String location, String kind, String reason, String detail) {
    String where = cut(location, MAX_LOCATION);
    jdbc.update("DELETE FROM ingest_problems WHERE run_id = ? AND location = ?", run, where);
    jdbc.update("INSERT INTO ingest_problems (run_id, source_name, location, kind, reason, detail) VALUES (?, ?, ?, ?, ?, ?)",
        run, source, where, kind, reason, cut(detail, MAX_DETAIL));
  }

  List<SkippedItem> skipped(long run) {
    return jdbc.query("SELECT location, reason, detail FROM ingest_problems WHERE run_id = ? AND kind = 'SKIPPED' "
        + "ORDER BY location", (row, n) -> new SkippedItem(row.getString(1), SkipReason.valueOf(row.getString(2)),
        row.getString(3)), run);
  }

  List<FailedItem> failed(long run) {
    return jdbc.query("SELECT location, reason, detail FROM ingest_problems WHERE run_id = ? AND kind = 'FAILED' "
        + "ORDER BY location", (row, n) -> new FailedItem(row.getString(1), row.getString(2), row.getString(3)), run);
  }

  long runNumber(String source) {
    List<Long> numbers = jdbc.queryForList("SELECT run_number FROM ingest_runs WHERE source_name = ?", Long.class, source);
    return numbers.isEmpty() ? 0 : numbers.get(0);
  }

  void setRunNumber(String source, long number) {
    if (jdbc.update("UPDATE ingest_runs SET run_number = ? WHERE source_name = ?", number, source) == 0) {
      jdbc.update("INSERT INTO ingest_runs (source_name, run_number) VALUES (?, ?)", source, number);
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  static List<String> batch(List<String> ids, int from, int size) {
    return new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + size)));
  }
}
