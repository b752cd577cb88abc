/**
 * Ranking members as experts on a topic, with evidence, and their profiles and peers; every answer
 * is computed only from the contributions the viewer may read.
 */
@NullMarked
package org.copse.expertise.rank;

import org.jspecify.annotations.NullMarked;
