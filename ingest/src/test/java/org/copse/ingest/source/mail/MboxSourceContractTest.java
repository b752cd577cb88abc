package org.copse.ingest.source.mail;

import static org.copse.ingest.source.support.SourceFixtures.fixture;

import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceContractTest;
import org.copse.ingest.source.SourceOptions;

class MboxSourceContractTest extends SourceContractTest {
  @Override
  protected Source source() {
    return new MboxSource(fixture("mbox-thread-with-quotes.mbox"), SourceOptions.forCommunity("c"));
  }
}
