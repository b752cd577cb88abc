/**
 * Shared plumbing for the source readers: safe XML, decompression, HTML-to-text, content hashes,
 * cursors. Readers depend on it; nothing outside {@code org.copse.ingest.source} should.
 */
@NullMarked
package org.copse.ingest.source.support;

import org.jspecify.annotations.NullMarked;
