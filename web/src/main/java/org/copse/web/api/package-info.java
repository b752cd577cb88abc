/**
 * The JSON API under {@code /api/v1}; errors are RFC 9457 problem details.
 */
@NullMarked
package org.copse.web.api;

import org.jspecify.annotations.NullMarked;
