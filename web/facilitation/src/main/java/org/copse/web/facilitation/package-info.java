/** What facilitators need: community health, aggregated search insights, questions routed to people who can answer. */
@NullMarked
package org.copse.web.facilitation;

import org.jspecify.annotations.NullMarked;
