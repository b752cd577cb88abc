/**
 * The relational store: members, communities, memberships, accounts and the durable record of
 * contributions, in plain JDBC on a {@link javax.sql.DataSource}. The SQL runs on H2 (embedded
 * default) and PostgreSQL; {@link org.copse.store.StoreSchema} migrates the schema with Flyway.
 */
@NullMarked
package org.copse.store;

import org.jspecify.annotations.NullMarked;
