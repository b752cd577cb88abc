@NullMarked
package org.copse.index.elasticsearch;

import org.jspecify.annotations.NullMarked;
