/**
 * Linkage diagrams for papers: any view laid out in lanes by ELK and written as SVG, PNG, PDF, DOT,
 * Mermaid or GraphML.
 */
package org.linkagemapper.diagram;
