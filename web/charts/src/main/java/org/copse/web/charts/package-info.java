/** Accessible SVG charts rendered on the server: no script, no CDN, a text alternative for each. */
@NullMarked
package org.copse.web.charts;

import org.jspecify.annotations.NullMarked;
