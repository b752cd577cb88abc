package org.copse.ingest.source.stackexchange;

import static org.copse.ingest.source.support.SourceFixtures.fixture;

import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceContractTest;
import org.copse.ingest.source.SourceOptions;

class StackExchangeSourceContractTest extends SourceContractTest {
  @Override
  protected Source source() {
    return new StackExchangeSource(fixture("stackexchange-thread-with-accepted-answer"), SourceOptions.forCommunity("c").withSourceName("beer"));
  }
}
