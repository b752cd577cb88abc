/** Copying an index from one backend to another ({@code copse reindex}). */
@NullMarked
package org.copse.web.reindex;

import org.jspecify.annotations.NullMarked;
