/** Reads mailing-list archives in mbox format, threaded by Message-ID, In-Reply-To and References. */
@NullMarked
package org.copse.ingest.source.mail;

import org.jspecify.annotations.NullMarked;
