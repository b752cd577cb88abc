/** Reads blogs: WordPress WXR exports and Atom / RSS 2.0 feeds. */
@NullMarked
package org.copse.ingest.source.blog;

import org.jspecify.annotations.NullMarked;
