-- Facilitation (org.copse.web.facilitation): organisations and their admins, search insights kept
-- only as weekly aggregates, routing of questions to members who opted in, and facilitators' curation.

-- An organisation (a council, a department, an NHS trust) owns communities and appoints their
-- facilitators through its admins. A community belongs to at most one organisation.
CREATE TABLE facilitation_organisations (
  id    VARCHAR(200) NOT NULL PRIMARY KEY,
  name  VARCHAR(300) NOT NULL
);

CREATE TABLE facilitation_organisation_communities (
  community_id     VARCHAR(200) NOT NULL PRIMARY KEY,
  organisation_id  VARCHAR(200) NOT NULL REFERENCES facilitation_organisations (id) ON DELETE CASCADE
);

CREATE TABLE facilitation_organisation_admins (
  organisation_id  VARCHAR(200) NOT NULL REFERENCES facilitation_organisations (id) ON DELETE CASCADE,
  member_id        VARCHAR(200) NOT NULL,
  PRIMARY KEY (organisation_id, member_id)
);

-- Searches, as weekly aggregates per (community, week, normalised query). No row ever names who
-- searched, and no time finer than the ISO week is kept. searchers and no_result_searchers count
-- distinct people through search_insight_tokens.
CREATE TABLE search_insights (
  community_id         VARCHAR(200) NOT NULL,
  week                 VARCHAR(8)   NOT NULL,
  query                VARCHAR(200) NOT NULL,
  searches             INTEGER      NOT NULL,
  searchers            INTEGER      NOT NULL,
  no_result_searches   INTEGER      NOT NULL,
  no_result_searchers  INTEGER      NOT NULL,
  PRIMARY KEY (community_id, week, query)
);

-- Salted hashes of (community, query, member) for the current week only, to count distinct
-- searchers. The salt lives in memory only and the rows are deleted once the week is over; the
-- table has no query, community or member column.
CREATE TABLE search_insight_tokens (
  week   VARCHAR(8)  NOT NULL,
  token  VARCHAR(64) NOT NULL,
  PRIMARY KEY (week, token)
);

-- How often a contribution was opened from a search page, per week (no viewer kept).
CREATE TABLE search_opens (
  contribution_id  VARCHAR(500) NOT NULL,
  week             VARCHAR(8)   NOT NULL,
  opens            INTEGER      NOT NULL,
  PRIMARY KEY (contribution_id, week)
);

-- Whether and how often a member may be asked to answer questions. No row: not opted in.
CREATE TABLE ask_preferences (
  member_id      VARCHAR(200) NOT NULL PRIMARY KEY,
  opted_in       BOOLEAN      NOT NULL,
  max_per_week   INTEGER      NOT NULL,
  channel        VARCHAR(10)  NOT NULL,
  paused_until   DATE,
  CONSTRAINT ask_preferences_channel CHECK (channel IN ('IN_APP', 'EMAIL'))
);

-- Each time a member was asked to answer a question: for the weekly cap, rotation and their inbox.
CREATE TABLE ask_requests (
  question_id   VARCHAR(500) NOT NULL,
  member_id     VARCHAR(200) NOT NULL,
  community_id  VARCHAR(200) NOT NULL,
  asked_by      VARCHAR(200) NOT NULL,
  asked_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (question_id, member_id)
);

CREATE INDEX ask_requests_by_member ON ask_requests (member_id, asked_at);

-- Contributions a facilitator marked as good practice: ranked a little higher and featured in digests.
CREATE TABLE good_practice (
  contribution_id  VARCHAR(500) NOT NULL PRIMARY KEY,
  community_id     VARCHAR(200) NOT NULL,
  marked_by        VARCHAR(200) NOT NULL,
  marked_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- A result pinned to the top of one (normalised) query, for viewers who can read it.
CREATE TABLE pinned_results (
  community_id     VARCHAR(200) NOT NULL,
  query            VARCHAR(200) NOT NULL,
  contribution_id  VARCHAR(500) NOT NULL,
  pinned_by        VARCHAR(200) NOT NULL,
  pinned_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (community_id, query)
);

-- An invitation from a facilitator to join a community; the member accepts or declines.
CREATE TABLE community_invitations (
  community_id  VARCHAR(200) NOT NULL,
  member_id     VARCHAR(200) NOT NULL,
  invited_by    VARCHAR(200) NOT NULL,
  invited_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  status        VARCHAR(10)  NOT NULL,
  PRIMARY KEY (community_id, member_id),
  CONSTRAINT community_invitations_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED'))
);
