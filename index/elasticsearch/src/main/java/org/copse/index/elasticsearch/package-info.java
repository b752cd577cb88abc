/**
 * The {@link org.copse.index.SearchIndex} on an Elasticsearch cluster, for deployments that outgrow
 * one machine: {@link org.copse.index.elasticsearch.ElasticsearchSearchIndex}, configured by
 * {@link org.copse.index.elasticsearch.ElasticsearchSettings}.
 *
 * <p>Access control is part of every request this package sends (a terms filter on the community
 * field in each query, aggregation, suggestion and more-like-this); no filtered alias or other
 * server-side state is trusted for it.
 */
@NullMarked
package org.copse.index.elasticsearch;

import org.jspecify.annotations.NullMarked;
