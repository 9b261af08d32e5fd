/**
 * Neo4j Browser served by the app: static files, the discovery answer, the guide built from
 * cypher/queries and the GraSS style.
 */
package org.linkagemapper.browser;
