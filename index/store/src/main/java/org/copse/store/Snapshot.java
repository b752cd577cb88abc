package org.copse.store;

import java.time.Instant;

/**
 * What is known of a saved snapshot without reading it.
 *
 * @param name the snapshot's name
 * @param bytes its length
 * @param chunks how many rows hold it
 * @param savedAt when the save committed (the saving process's clock)
 */
public record Snapshot(String name, long bytes, int chunks, Instant savedAt) {}
