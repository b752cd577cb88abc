-- What each source yielded, for incremental re-ingest (org.copse.ingest.job.IngestLedger): a re-run
-- re-processes only items whose content hash changed and deletes those the source no longer has.
CREATE TABLE ingest_ledger (
  source_name      VARCHAR(300)  NOT NULL,
  contribution_id  VARCHAR(500)  NOT NULL,
  content_hash     VARCHAR(200)  NOT NULL,
  last_run         BIGINT        NOT NULL,
  PRIMARY KEY (source_name, contribution_id)
);

CREATE INDEX ingest_ledger_by_run ON ingest_ledger (source_name, last_run);

-- Items a run skipped (bad input, with a SkipReason) or failed on (an unexpected error), with where
-- they are and why, for the run's report.
CREATE TABLE ingest_problems (
  run_id       BIGINT         NOT NULL,
  source_name  VARCHAR(300)   NOT NULL,
  location     VARCHAR(1000)  NOT NULL,
  kind         VARCHAR(10)    NOT NULL,
  reason       VARCHAR(100)   NOT NULL,
  detail       VARCHAR(2000)  NOT NULL,
  PRIMARY KEY (run_id, location),
  CONSTRAINT ingest_problems_kind CHECK (kind IN ('SKIPPED', 'FAILED'))
);

-- The current run number of each source: a new run starts a new Spring Batch job instance, a
-- restart after a crash resumes the instance of the current number.
CREATE TABLE ingest_runs (
  source_name  VARCHAR(300)  NOT NULL PRIMARY KEY,
  run_number   BIGINT        NOT NULL
);
