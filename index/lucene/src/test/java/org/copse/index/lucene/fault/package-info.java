/** Faults under the Lucene index: processes killed at random moments, a full disk. */
@NullMarked
package org.copse.index.lucene.fault;

import org.jspecify.annotations.NullMarked;
