-- Named binary snapshots (org.copse.store.JdbcSnapshots), such as the expertise graph, kept in the
-- database so that several application instances share them. A save writes a new generation of
-- chunks, points the snapshot row at it and drops older generations, all in one transaction, so a
-- reader always sees one whole generation. Chunks keep each value small on both H2 and PostgreSQL.
CREATE TABLE snapshots (
  name        VARCHAR(200) NOT NULL PRIMARY KEY,
  generation  VARCHAR(36)  NOT NULL,
  byte_count  BIGINT       NOT NULL,
  chunk_count INT          NOT NULL,
  saved_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE snapshot_chunks (
  name        VARCHAR(200) NOT NULL,
  generation  VARCHAR(36)  NOT NULL,
  seq         INT          NOT NULL,
  data        BYTEA        NOT NULL,
  PRIMARY KEY (name, generation, seq)
);
