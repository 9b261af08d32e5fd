package org.linkagemapper.seed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every locator quotes its own source: a fact cited to the paper or one of its
 * footnotes quotes the paper's text, a fact cited to a digest key quotes a digest row whose source
 * column lists that key and names that row. A quote that exists can still fail to support the fact;
 * this check finds misquotes and facts cited to the wrong document, not weak readings.
 */
final class SeedProvenance {

  /** Where the copies of the paper and the digest live, relative to the seed folder. */
  static final String FOLDER = "provenance/";

  static final String PAPER_FILE = FOLDER + "paper.txt";
  static final String DIGEST_FILE = FOLDER + "digest.md";

  private static final Pattern FOOTNOTE = Pattern.compile("paper-fn\\d+");
  private static final Pattern KEY = Pattern.compile("[hc]\\d+");
  private static final Pattern KEY_TOKEN = Pattern.compile("([HC])(\\d+)(?:-[HC]?(\\d+))?");

  /** A row the locator names: the words before " row:" back to the previous delimiter. */
  private static final Pattern ROW_NAME =
      Pattern.compile("(?:^|, |; )(?:digest )?(?:(HADR|cyber) table, )?([^,;]+?) row:");

  private static final Pattern COLUMN_HINT = Pattern.compile("(Est\\.|pillar(?:/parent)?|focus) $");

  /** A row of one of the digest's two tables. */
  record Row(String table, String name, List<String> cells, Set<String> keys, String text) {
    String label() {
      return table + " table, " + shortName() + " row";
    }

    String shortName() {
      int colon = name.indexOf(':');
      return colon > 0 ? name.substring(0, colon) : name;
    }

    boolean namedBy(String given) {
      if (!name.startsWith(given)) {
        return false;
      }
      if (name.length() == given.length()) {
        return true;
      }
      char next = name.charAt(given.length());
      return !Character.isLetterOrDigit(next) && next != '-';
    }
  }

  /** One quoted fragment of a locator, with what the locator says around it. */
  record Quote(String text, String row, String table, String column) {}

  private final String paper;
  private final String digest;
  private final List<Row> rows;

  SeedProvenance(String paperText, String digestText) {
    this.paper = normalise(paperText);
    this.digest = normalise(digestText);
    this.rows = rows(digestText);
  }

  /** Adds a problem for every locator in {@code entriesByFile} that does not quote its source. */
  void check(Map<String, List<YamlEntries.Entry>> entriesByFile, List<SeedProblem> problems) {
    entriesByFile.forEach(
        (file, entries) -> {
          for (YamlEntries.Entry entry : entries) {
            String fact = fact(entry);
            check(entry, fact, problems);
            YamlEntries.Value conflicts = entry.fields().get("conflicts");
            if (conflicts != null && conflicts.raw() instanceof List<?> list) {
              for (Object item : list) {
                if (item instanceof YamlEntries.Entry conflict) {
                  check(
                      conflict, fact + " conflict on '" + text(conflict, "field") + "'", problems);
                }
              }
            }
          }
        });
  }

  private void check(YamlEntries.Entry entry, String fact, List<SeedProblem> problems) {
    String source = text(entry, "source");
    YamlEntries.Value locatorValue = entry.fields().get("locator");
    if (source == null || locatorValue == null || !(locatorValue.raw() instanceof String locator)) {
      return;
    }
    boolean paperSource = source.equals("paper") || FOOTNOTE.matcher(source).matches();
    boolean keySource = KEY.matcher(source).matches();
    if (!paperSource && !keySource && !source.equals("digest")) {
      return;
    }
    List<String> errors = new ArrayList<>();
    List<Quote> quotes = quotes(locator, errors);
    if (quotes.isEmpty() && errors.isEmpty()) {
      errors.add(
          "quotes nothing; a fact cited to '%s' must quote the %s in single quotes"
              .formatted(source, paperSource ? "paper" : "digest"));
    }
    for (Quote quote : quotes) {
      if (paperSource) {
        if (!paper.contains(normalise(quote.text()))) {
          errors.add("'%s' is not in the paper's text (%s)".formatted(quote.text(), PAPER_FILE));
        }
      } else {
        checkDigest(source, quote, errors);
      }
    }
    for (String error : errors) {
      problems.add(new SeedProblem(entry.file(), locatorValue.line(), fact, "locator", error));
    }
  }

  private void checkDigest(String source, Quote quote, List<String> errors) {
    String fragment = normalise(quote.text());
    String key = source.toUpperCase(Locale.ROOT);
    List<Row> containing = rows.stream().filter(r -> r.text().contains(fragment)).toList();
    if (source.equals("digest")) {
      if (quote.row() == null
          ? !digest.contains(fragment)
          : named(quote).stream().noneMatch(containing::contains)) {
        errors.add(
            "'%s' is not in the digest%s"
                .formatted(quote.text(), quote.row() == null ? "" : "'s " + quote.row() + " row"));
      }
      return;
    }
    List<Row> keyed = containing.stream().filter(r -> r.keys().contains(key)).toList();
    if (quote.row() == null) {
      if (!keyed.isEmpty()) {
        errors.add(
            "'%s' names no row; expected \"digest %s: '...'\""
                .formatted(quote.text(), keyed.get(0).label()));
      } else if (containing.isEmpty()) {
        errors.add(
            "'%s' is in no row of the digest's tables (%s); a fact cited to %s must quote a row whose Src lists %s"
                .formatted(quote.text(), DIGEST_FILE, key, key));
      } else {
        errors.add(
            "'%s' is in the %s, whose Src lists %s, not %s"
                .formatted(quote.text(), labels(containing), containing.get(0).keys(), key));
      }
      return;
    }
    List<Row> named = named(quote);
    if (named.isEmpty()) {
      errors.add(
          "names the row '%s', which is not a row of the digest's %stables"
              .formatted(quote.row(), quote.table() == null ? "" : quote.table() + " "));
      return;
    }
    List<Row> namedContaining = named.stream().filter(containing::contains).toList();
    if (namedContaining.isEmpty()) {
      errors.add(
          "'%s' is not in the %s%s"
              .formatted(
                  quote.text(),
                  labels(named),
                  containing.isEmpty() ? "" : " (it is in the " + labels(containing) + ")"));
      return;
    }
    List<Row> both = namedContaining.stream().filter(keyed::contains).toList();
    if (both.isEmpty()) {
      errors.add(
          "the %s has '%s' but its Src lists %s, not %s; cite one of those keys%s"
              .formatted(
                  labels(namedContaining),
                  quote.text(),
                  namedContaining.get(0).keys(),
                  key,
                  keyed.isEmpty()
                      ? ""
                      : " (rows with " + key + " and this text: " + labels(keyed) + ")"));
      return;
    }
    if (quote.column() != null) {
      int column =
          switch (quote.column()) {
            case "Est." -> 1;
            case "focus" -> 3;
            default -> 2;
          };
      Row row = both.get(0);
      if (column >= row.cells().size() || !normalise(row.cells().get(column)).contains(fragment)) {
        errors.add(
            "'%s' is not in the %s column of the %s"
                .formatted(quote.text(), quote.column(), row.label()));
      }
    }
  }

  private List<Row> named(Quote quote) {
    return rows.stream()
        .filter(r -> quote.table() == null || r.table().equals(quote.table()))
        .filter(r -> r.namedBy(quote.row()))
        .toList();
  }

  private static String labels(List<Row> rows) {
    return String.join(" and ", rows.stream().map(Row::label).toList());
  }

  /**
   * The single-quoted fragments of a locator. An apostrophe inside a word or after a plural
   * ("Ministers' Meeting") does not end a quote; one followed by the end, punctuation, a space and
   * a bracket, or a space after a full stop does.
   */
  static List<Quote> quotes(String locator, List<String> errors) {
    List<Quote> quotes = new ArrayList<>();
    StringBuilder outside = new StringBuilder();
    int i = 0;
    while (i < locator.length()) {
      char c = locator.charAt(i);
      boolean opens = c == '\'' && (i == 0 || " (".indexOf(locator.charAt(i - 1)) >= 0);
      if (!opens) {
        outside.append(c);
        i++;
        continue;
      }
      int end = closing(locator, i + 1);
      if (end < 0) {
        errors.add("has an opening quote with no closing quote: " + locator.substring(i));
        return quotes;
      }
      String context = outside.toString();
      String row = null;
      String table = null;
      Matcher m = ROW_NAME.matcher(context);
      while (m.find()) {
        table = m.group(1);
        row = m.group(2).strip();
      }
      if (row != null && table == null) {
        // "...; cyber table, X row:" or "digest HADR table, X row:" earlier in the locator sets the
        // table.
        Matcher t = Pattern.compile("(HADR|cyber) table, [^,;]+? row:").matcher(context);
        while (t.find()) {
          table = t.group(1);
        }
      }
      Matcher hint = COLUMN_HINT.matcher(context);
      String column =
          hint.find() ? hint.group(1).startsWith("pillar") ? "pillar" : hint.group(1) : null;
      quotes.add(new Quote(locator.substring(i + 1, end), row, table, column));
      outside.append('Q');
      i = end + 1;
    }
    return quotes;
  }

  private static int closing(String text, int from) {
    for (int j = from; j < text.length(); j++) {
      if (text.charAt(j) != '\'') {
        continue;
      }
      if (j + 1 == text.length()) {
        return j;
      }
      char next = text.charAt(j + 1);
      if (";,)".indexOf(next) >= 0) {
        return j;
      }
      if (next == ' ') {
        char after = j + 2 < text.length() ? text.charAt(j + 2) : ' ';
        char before = text.charAt(j - 1);
        if ("('.".indexOf(after) >= 0 || !Character.isLetter(before)) {
          return j;
        }
      }
    }
    return -1;
  }

  private static List<Row> rows(String digestText) {
    List<Row> rows = new ArrayList<>();
    String table = null;
    for (String line : digestText.split("\n")) {
      if (line.startsWith("## ")) {
        table = line.startsWith("## HADR") ? "HADR" : line.startsWith("## Cyber") ? "cyber" : null;
        continue;
      }
      if (table == null
          || !line.startsWith("|")
          || line.startsWith("|---")
          || line.startsWith("| Mechanism |")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
        cells.add(cell.strip());
      }
      rows.add(
          new Row(
              table,
              cells.get(0),
              List.copyOf(cells),
              keys(cells.get(cells.size() - 1)),
              normalise(line)));
    }
    return List.copyOf(rows);
  }

  /** The keys a Src cell lists; a range such as C3-C7 lists each key in it. */
  static Set<String> keys(String src) {
    Set<String> keys = new LinkedHashSet<>();
    for (String token : src.split(",")) {
      Matcher m = KEY_TOKEN.matcher(token.strip());
      if (!m.matches()) {
        continue;
      }
      int first = Integer.parseInt(m.group(2));
      int last = m.group(3) == null ? first : Integer.parseInt(m.group(3));
      for (int n = first; n <= last; n++) {
        keys.add(m.group(1) + n);
      }
    }
    return keys;
  }

  private static String fact(YamlEntries.Entry entry) {
    String id = text(entry, "id");
    if (id != null) {
      return id;
    }
    return "#%d %s -%s-> %s"
        .formatted(entry.index(), text(entry, "from"), text(entry, "type"), text(entry, "to"));
  }

  private static String text(YamlEntries.Entry entry, String field) {
    YamlEntries.Value value = entry.fields().get(field);
    return value != null && value.raw() instanceof String s ? s.strip() : null;
  }

  /** Line breaks and runs of spaces count as one space; the OCR text breaks lines mid-sentence. */
  static String normalise(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
