/**
 * Deterministic demo content: UK public-sector communities, members and contributions.
 */
@NullMarked
package org.copse.web.demo;

import org.jspecify.annotations.NullMarked;
