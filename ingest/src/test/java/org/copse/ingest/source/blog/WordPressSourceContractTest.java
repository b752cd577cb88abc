package org.copse.ingest.source.blog;

import static org.copse.ingest.source.support.SourceFixtures.fixture;

import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceContractTest;
import org.copse.ingest.source.SourceOptions;

class WordPressSourceContractTest extends SourceContractTest {
  @Override
  protected Source source() {
    return new WordPressSource(fixture("wxr-post-with-comments.xml"), SourceOptions.forCommunity("c"));
  }
}
