/**
 * Analysis of the linkage graph: duplicated work, coverage gaps, hubs, single points of failure and
 * what-if removals, computed with JGraphT on a projection read from Neo4j and explained with the
 * cited facts behind each finding.
 */
package org.linkagemapper.analysis;
