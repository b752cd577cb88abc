/** Reads MediaWiki XML exports: one wiki page per page, its editors credited by the size of their changes. */
@NullMarked
package org.copse.ingest.source.mediawiki;

import org.jspecify.annotations.NullMarked;
