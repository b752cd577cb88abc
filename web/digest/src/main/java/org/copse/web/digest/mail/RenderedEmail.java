package org.copse.web.digest.mail;

/**
 * An email's content before it becomes a MIME message.
 *
 * @param subject a single line, already free of control characters
 * @param html the HTML alternative, a whole document
 * @param text the plain-text alternative
 */
public record RenderedEmail(String subject, String html, String text) {}
