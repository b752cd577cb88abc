-- Members, communities and memberships: who may read what (org.copse.store.JdbcDirectory).
CREATE TABLE members (
  id            VARCHAR(200)  NOT NULL PRIMARY KEY,
  display_name  VARCHAR(300)  NOT NULL,
  email         VARCHAR(320)  NOT NULL,
  organisation  VARCHAR(300)  NOT NULL
);

CREATE TABLE communities (
  id            VARCHAR(200)  NOT NULL PRIMARY KEY,
  name          VARCHAR(300)  NOT NULL,
  description   VARCHAR(4000) NOT NULL,
  visibility    VARCHAR(20)   NOT NULL,
  organisation  VARCHAR(300)  NOT NULL,
  CONSTRAINT communities_visibility CHECK (visibility IN ('PUBLIC', 'MEMBERS_ONLY'))
);

CREATE TABLE memberships (
  member_id     VARCHAR(200)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  community_id  VARCHAR(200)  NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  role          VARCHAR(20)   NOT NULL,
  PRIMARY KEY (member_id, community_id),
  CONSTRAINT memberships_role CHECK (role IN ('MEMBER', 'FACILITATOR'))
);

CREATE INDEX memberships_by_community ON memberships (community_id);
