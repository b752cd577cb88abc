package org.copse.ingest.source.mediawiki;

import static org.copse.ingest.source.support.SourceFixtures.fixture;

import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceContractTest;
import org.copse.ingest.source.SourceOptions;

class MediaWikiSourceContractTest extends SourceContractTest {
  @Override
  protected Source source() {
    return new MediaWikiSource(fixture("mediawiki-history-three-editors.xml"), SourceOptions.forCommunity("c"));
  }
}
