/**
 * Spring wiring of the digest inside the web application: configuration properties, the Spring
 * Batch job and its schedule, and the pages (preferences, preview, unsubscribe, outbox).
 */
@NullMarked
package org.copse.web.digest.app;

import org.jspecify.annotations.NullMarked;
