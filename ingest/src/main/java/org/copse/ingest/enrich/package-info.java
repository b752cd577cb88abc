/**
 * Enrichment with Stanford CoreNLP: named entities (people, organisations, places) and key phrases
 * found in a document's text, within a token cap and a time limit; when enrichment fails or runs
 * out of time the document is indexed without it. Plain Java: no Spring here.
 */
@NullMarked
package org.copse.ingest.enrich;

import org.jspecify.annotations.NullMarked;
