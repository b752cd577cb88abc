/**
 * Spring wiring of the ports: the index adapter chosen by {@code copse.index.backend}, the relational store.
 */
@NullMarked
package org.copse.web.config;

import org.jspecify.annotations.NullMarked;
