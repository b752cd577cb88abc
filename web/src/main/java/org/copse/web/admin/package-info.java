/**
 * Pages for those who run the service (ADMIN role): index and store health.
 */
@NullMarked
package org.copse.web.admin;

import org.jspecify.annotations.NullMarked;
