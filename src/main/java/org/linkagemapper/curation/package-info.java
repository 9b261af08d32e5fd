/**
 * Curating the graph safely: editors create, change and delete actors and relationships under the
 * seed loader's own checks with optimistic concurrency and a change log, import spreadsheets with a
 * dry run, and export the graph back to seed files.
 */
package org.linkagemapper.curation;
