package org.linkagemapper.seed;

import java.util.Map;

/**
 * One entry of a seed file as plain values, wherever it came from: the graph, a CSV row, a JSON
 * body. {@code file} is the seed file it belongs in ({@code mechanisms.yaml}); {@code where} and
 * {@code line} are what a refusal names ({@code actors.csv} line 7, {@code request}, {@code
 * graph}). Values are text, numbers, booleans, lists of those, or (for {@code conflicts}) lists of
 * maps.
 */
public record SeedEntry(String file, String where, int line, Map<String, Object> fields) {}
