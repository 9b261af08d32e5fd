/**
 * The read API: search, mechanisms, partners, pillars, roles, areas, sources and the whole graph,
 * each fact with its source.
 */
package org.linkagemapper.catalog;
