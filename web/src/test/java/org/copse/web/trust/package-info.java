/**
 * The trust suite: leak probes over every read path on both index backends, hostile input, web
 * hardening, faults and load. See SECURITY.md at the repository root for what each test proves.
 */
@NullMarked
package org.copse.web.trust;

import org.jspecify.annotations.NullMarked;
