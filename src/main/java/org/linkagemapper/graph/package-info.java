/**
 * The model's vocabulary shared by every feature: labels, relationship types, allowed values, the
 * asOf predicates and the small records that name nodes and citations.
 */
package org.linkagemapper.graph;
