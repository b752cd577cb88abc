package org.copse.web.facilitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.copse.store.Jdbc;

/**
 * Every time a member was asked to answer a question (table {@code ask_requests}): their inbox, and
 * what the weekly cap and rotation count. Thread safe.
 */
public final class AskRequests {

  /** One request, as the member sees it in their inbox. */
  public record AskRequest(String questionId, String memberId, String communityId, String askedBy, Instant askedAt) {}

  private final Jdbc sql;

  public AskRequests(DataSource dataSource) {
    this.sql = new Jdbc(dataSource);
  }

  /** Records a request; false when this member was already asked about this question. */
  public boolean record(AskRequest request) {
    return sql.insertIfAbsent("record a request to answer",
        "INSERT INTO ask_requests (question_id, member_id, community_id, asked_by, asked_at) VALUES (?, ?, ?, ?, ?)",
        request.questionId(), request.memberId(), request.communityId(), request.askedBy(), request.askedAt());
  }

  /** How many requests a member has had since an instant. */
  public int countSince(String memberId, Instant since) {
    return sql.queryOne("count requests", "SELECT COUNT(*) AS n FROM ask_requests WHERE member_id = ? AND asked_at >= ?",
        row -> row.getInt("n"), memberId, since).orElse(0);
  }

  /** When a member was last asked, if ever. */
  public Optional<Instant> lastAsked(String memberId) {
    return sql.query("read last request", "SELECT asked_at FROM ask_requests WHERE member_id = ? "
        + "ORDER BY asked_at DESC LIMIT 1", row -> Jdbc.instant(row, "asked_at"), memberId).stream().findFirst();
  }

  /** The members already asked about a question. */
  public Set<String> askedAbout(String questionId) {
    return new TreeSet<>(sql.query("read requests for a question",
        "SELECT member_id FROM ask_requests WHERE question_id = ?", row -> row.getString("member_id"), questionId));
  }

  /** A member's requests, newest first. */
  public List<AskRequest> inbox(String memberId, int limit) {
    return sql.query("read a member's requests", "SELECT question_id, member_id, community_id, asked_by, asked_at "
            + "FROM ask_requests WHERE member_id = ? ORDER BY asked_at DESC, question_id LIMIT ?",
        row -> new AskRequest(row.getString("question_id"), row.getString("member_id"), row.getString("community_id"),
            row.getString("asked_by"), Jdbc.instant(row, "asked_at")), memberId, limit);
  }
}
