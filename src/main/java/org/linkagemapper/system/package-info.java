/**
 * Wiring and cross-cutting concerns: the embedded or external Neo4j, the driver, migrations,
 * configuration, bounded reads and problem answers.
 */
package org.linkagemapper.system;
