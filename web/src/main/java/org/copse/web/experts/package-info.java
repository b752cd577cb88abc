/**
 * Finding experts: the expertise graph kept beside the store, the experts and member pages, their
 * JSON API, and members' opt-out preferences. Every answer is scoped by the viewer's AccessScope.
 */
@NullMarked
package org.copse.web.experts;

import org.jspecify.annotations.NullMarked;
