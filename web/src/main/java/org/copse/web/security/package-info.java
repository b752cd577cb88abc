/**
 * Sign-in, roles and the per-request {@link org.copse.index.AccessScope} of the viewer.
 */
@NullMarked
package org.copse.web.security;

import org.jspecify.annotations.NullMarked;
