/** Spring wiring, pages and the JSON API of facilitation; every controller checks {@link org.copse.web.facilitation.FacilitationAccess}. */
@NullMarked
package org.copse.web.facilitation.app;

import org.jspecify.annotations.NullMarked;
