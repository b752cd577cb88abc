/** Hostile exports, generated in the tests from the ordinary source fixtures. */
@NullMarked
package org.copse.ingest.hostile;

import org.jspecify.annotations.NullMarked;
