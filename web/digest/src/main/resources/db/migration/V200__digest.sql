-- The weekly digest (org.copse.web.digest): what each member wants, and what was sent to whom.

-- One row per member who changed the defaults (weekly, every section, every community).
-- sections, community_ids and followed_tags are comma-separated lists (ids and tags hold no commas).
CREATE TABLE digest_preferences (
  member_id      VARCHAR(200)  NOT NULL PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
  frequency      VARCHAR(10)   NOT NULL,
  sections       VARCHAR(200)  NOT NULL,
  community_ids  VARCHAR(4000) NOT NULL,
  followed_tags  VARCHAR(2000) NOT NULL,
  updated        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  CONSTRAINT digest_preferences_frequency CHECK (frequency IN ('WEEKLY', 'DAILY', 'OFF'))
);

-- One row per member and period once sending starts. SENDING is written (and committed) before the
-- message goes out, so a crash between the two leaves SENDING, which is never sent again: a member
-- may miss a digest after a crash but never gets two. RETRY is a transient failure to try again.
CREATE TABLE digest_deliveries (
  member_id   VARCHAR(200)  NOT NULL,
  period      VARCHAR(20)   NOT NULL,
  status      VARCHAR(10)   NOT NULL,
  message_id  VARCHAR(300)  NOT NULL,
  attempts    INTEGER       NOT NULL,
  items       INTEGER       NOT NULL,
  last_error  VARCHAR(1000),
  updated     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (member_id, period),
  CONSTRAINT digest_deliveries_status CHECK (status IN ('SENDING', 'SENT', 'RETRY', 'FAILED'))
);

CREATE INDEX digest_deliveries_by_period ON digest_deliveries (period, status);
