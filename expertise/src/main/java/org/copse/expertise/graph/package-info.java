/**
 * The expertise graph: members, topics, communities and contributions, with member→topic edges
 * weighted by what each contribution says about its contributors. Every edge remembers its
 * community so that any view can be restricted to what one viewer may read.
 */
@NullMarked
package org.copse.expertise.graph;

import org.jspecify.annotations.NullMarked;
