/**
 * Community pages ({@code /communities/{id}}): top topics, top contributors and recent activity of one
 * community, drawn as accessible pictures with tables beside them; and the recently well-rated content the
 * home page shows. Every read goes through the viewer's {@link org.copse.index.AccessScope}; a community the
 * viewer cannot read is answered exactly like one that does not exist (404).
 */
@NullMarked
package org.copse.web.community;

import org.jspecify.annotations.NullMarked;
