/**
 * Path and linkage questions: shortest and bounded paths, neighbourhoods and the incident linkage
 * view, with filters applied during traversal.
 */
package org.linkagemapper.linkage;
