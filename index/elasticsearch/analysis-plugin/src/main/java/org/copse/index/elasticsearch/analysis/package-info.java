/**
 * An Elasticsearch plugin that gives the integ-test distribution (used by the build's test server)
 * the analysis components Copse's index settings name and that a full distribution provides in its
 * {@code analysis-common} module: the {@code english} analyzer, {@code stemmer}, {@code porter_stem},
 * {@code asciifolding}, {@code keyword_marker}, {@code synonym} and {@code synonym_graph}. Each is a thin wrapper around the
 * Lucene class analysis-common uses, so analysis on the test server and on a real cluster agree.
 *
 * <p>Never install it on a cluster that has analysis-common: the names would clash.
 */
package org.copse.index.elasticsearch.analysis;
