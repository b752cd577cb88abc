/**
 * Real Elasticsearch servers for the integration tests, started from the integ-test distribution
 * that the build copies into {@code target/elasticsearch} in pre-integration-test. No Docker and no
 * manual step: the first test that needs a node unpacks the distribution into a temporary folder,
 * installs the analysis plugin, and starts the node (as {@code nobody} when the build runs as root,
 * because Elasticsearch refuses to run as root).
 */
@NullMarked
package org.copse.index.elasticsearch.server;

import org.jspecify.annotations.NullMarked;
