package org.copse.ingest.extract;

import java.util.Objects;

/**
 * One embedded document of a file (an archive entry, an attachment), in document order.
 *
 * @param name the entry's name as the container gives it, with any path to outside the container
 *     ({@code ../}, a leading {@code /}) removed; a label only, never used as a file path
 * @param depth how deep it is nested: 1 for an entry of the file itself
 * @param text its extracted text
 */
public record ExtractedPart(String name, int depth, String text) {
  public ExtractedPart {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }
}
