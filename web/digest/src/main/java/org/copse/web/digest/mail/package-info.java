/**
 * Turning a digest into an email (HTML and plain text, injection-safe headers, one-click
 * unsubscribe) and handing it to SMTP or to an outbox folder.
 */
@NullMarked
package org.copse.web.digest.mail;

import org.jspecify.annotations.NullMarked;
