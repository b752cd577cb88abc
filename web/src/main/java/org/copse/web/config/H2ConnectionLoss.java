package org.copse.web.config;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool that a connection whose H2 database went away is dead. Hikari evicts a
 * connection on SQL states of class 08 (what PostgreSQL reports); H2 reports a lost database with
 * its own codes instead, and without this the pool would keep handing out broken connections after
 * the database is back (issue #8: fail closed while it is down, recover when it returns).
 */
public final class H2ConnectionLoss implements SQLExceptionOverride {
  /** CONNECTION_BROKEN_1, DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN. */
  private static final Set<Integer> LOST = Set.of(90067, 90098, 90121);

  @java.lang.Override
  public SQLExceptionOverride.Override adjudicate(SQLException e) {
    return LOST.contains(e.getErrorCode()) ? SQLExceptionOverride.Override.MUST_EVICT
        : SQLExceptionOverride.Override.CONTINUE_EVICT;
  }
}
