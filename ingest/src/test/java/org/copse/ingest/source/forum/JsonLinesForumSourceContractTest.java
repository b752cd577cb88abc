package org.copse.ingest.source.forum;

import static org.copse.ingest.source.support.SourceFixtures.fixture;

import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceContractTest;
import org.copse.ingest.source.SourceOptions;

class JsonLinesForumSourceContractTest extends SourceContractTest {
  @Override
  protected Source source() {
    return new JsonLinesForumSource(fixture("jsonl-invalid-line.jsonl"), SourceOptions.forCommunity("c"));
  }
}
