/**
 * The search and contribution pages, and the request parameters they share with the JSON API.
 */
@NullMarked
package org.copse.web.search;

import org.jspecify.annotations.NullMarked;
