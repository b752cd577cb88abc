/** Offline evaluation of digest selection by replaying past contributions week by week. */
@NullMarked
package org.copse.web.digest.eval;

import org.jspecify.annotations.NullMarked;
