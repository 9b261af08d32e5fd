/**
 * The curated dataset: reading seed-data/ with line numbers, checking it, and writing it in one
 * idempotent transaction.
 */
package org.linkagemapper.seed;
