-- The durable record of contributions (org.copse.store.JdbcContributionStore). Lists live in child
-- tables keyed by position so that their order survives a round trip.
CREATE TABLE contributions (
  id            VARCHAR(500)  NOT NULL PRIMARY KEY,
  kind          VARCHAR(30)   NOT NULL,
  community_id  VARCHAR(200)  NOT NULL,
  title         VARCHAR(2000) NOT NULL,
  body          TEXT          NOT NULL,
  language      VARCHAR(20)   NOT NULL,
  created       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  thread_id     VARCHAR(500)  NOT NULL,
  parent_id     VARCHAR(500),
  source_url    VARCHAR(2000),
  content_hash  VARCHAR(200)  NOT NULL,
  score         INTEGER       NOT NULL
);

CREATE INDEX contributions_by_community ON contributions (community_id);
CREATE INDEX contributions_by_thread ON contributions (thread_id);

CREATE TABLE contribution_contributors (
  contribution_id  VARCHAR(500) NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
  position         INTEGER      NOT NULL,
  member_id        VARCHAR(200) NOT NULL,
  role             VARCHAR(30)  NOT NULL,
  edit_size        INTEGER      NOT NULL,
  PRIMARY KEY (contribution_id, position)
);

CREATE INDEX contribution_contributors_by_member ON contribution_contributors (member_id);

-- kind: TAG, ENTITY or KEY_PHRASE
CREATE TABLE contribution_labels (
  contribution_id  VARCHAR(500)  NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
  kind             VARCHAR(20)   NOT NULL,
  position         INTEGER       NOT NULL,
  label            VARCHAR(1000) NOT NULL,
  PRIMARY KEY (contribution_id, kind, position)
);
