package org.linkagemapper.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV as spreadsheets save it (RFC 4180: commas, double quotes, "" inside quotes, line breaks
 * inside quotes, CRLF or LF, an optional UTF-8 byte-order mark). Each row remembers the line it
 * starts on, so a refusal names the line a person sees in a text editor.
 */
final class Csv {

  /** A data row: its first line and its cells by column name (header spelling normalised). */
  record Row(int line, Map<String, String> cells) {}

  private Csv() {}

  /**
   * Reads {@code text}; the first row is the header and each column must be one of {@code allowed}.
   */
  static List<Row> read(String name, String text, List<String> allowed) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"') {
        if (cell.length() > 0 && !cell.toString().isBlank()) {
          throw CurationException.badBody(
              "%s line %d: a quote in the middle of an unquoted cell; quote the whole cell"
                  .formatted(name, line));
        }
        cell.setLength(0);
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
        records.add(record);
        lines.add(recordLine);
        record = new ArrayList<>();
        line++;
        recordLine = line;
      } else if (wasQuoted && c != ' ' && c != '\t') {
        throw CurationException.badBody(
            "%s line %d: text after a closing quote; quote the whole cell".formatted(name, line));
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw CurationException.badBody(
          "%s line %d: a quoted cell is never closed".formatted(name, recordLine));
    }
    if (cell.length() > 0 || !record.isEmpty()) {
      record.add(cell.toString());
      records.add(record);
      lines.add(recordLine);
    }
    if (records.isEmpty()) {
      throw CurationException.badBody(name + " is empty: the first line must name the columns");
    }
    List<String> header = header(name, records.get(0), allowed);
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> cells = records.get(r);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (cells.size() > header.size()) {
        throw CurationException.badBody(
            "%s line %d: %d cells, but the header names %d columns"
                .formatted(name, lines.get(r), cells.size(), header.size()));
      }
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        byColumn.put(header.get(c), c < cells.size() ? cells.get(c) : "");
      }
      rows.add(new Row(lines.get(r), byColumn));
    }
    return rows;
  }

  private static List<String> header(String name, List<String> cells, List<String> allowed) {
    List<String> header = new ArrayList<>();
    for (String cell : cells) {
      String column = cell.strip();
      String known =
          allowed.stream()
              .filter(a -> a.toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT)))
              .findFirst()
              .orElseThrow(
                  () ->
                      CurationException.badBody(
                          "%s: unknown column '%s'; the columns are %s"
                              .formatted(name, column, allowed)));
      if (header.contains(known)) {
        throw CurationException.badBody("%s: column '%s' appears twice".formatted(name, known));
      }
      header.add(known);
    }
    return header;
  }
}
