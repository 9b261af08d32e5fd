package org.linkagemapper.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkagemapper.diagram.Layout.Band;
import org.linkagemapper.diagram.Layout.Box;
import org.linkagemapper.diagram.Layout.LegendEntry;
import org.linkagemapper.diagram.Layout.Mark;
import org.linkagemapper.diagram.Layout.Point;
import org.linkagemapper.diagram.Layout.Route;
import org.linkagemapper.diagram.Layout.TextLine;

/**
 * Lays the paper figure out as policy figures are drawn: columns by incident phase, rows by level,
 * boxes of one width in each cell, straight links with the numbers of their sources, and a footer
 * listing the numbered sources. The canvas is {@link #WIDTH} wide and no text is smaller than
 * {@link #SMALLEST}, so fitted to an A4 landscape page (277 x 190 mm inside 10 mm margins) the text
 * stays at 7 pt or more while the figure is at most {@link #MAX_HEIGHT} high.
 */
final class PaperLayout {

  static final double WIDTH = 1200;
  static final double MAX_HEIGHT = 845;
  static final double MARGIN = 20;
  static final double SMALLEST = 11;
  static final double TITLE = 19;
  static final double SUBTITLE = 12.5;
  static final double HEADER = 13;
  static final double ROW_HEADER = 11.5;
  static final double LABEL = 12;
  static final double LINE = DiagramLayout.LABEL_LINE;
  static final double BOX_W = 104;
  static final double BOX_PAD_X = 7;
  static final double BOX_PAD_Y = 5;
  static final int BOX_LINES = 3;
  static final double GAP = 10;
  static final double CELL_PAD = 10;
  static final double GUTTER = 112;
  static final double COLUMN_HEAD = 26;
  static final double MARK = 11;

  private static final Map<String, String> ROW_TITLES =
      Map.of(
          "leaders", "Leaders, summits",
          "ministerial", "Ministerial bodies",
          "senior-officials", "Senior officials, committees",
          "operational", "Centres, CERTs, working groups, programmes",
          "national", "National agencies, member states",
          "partners", "Partners, international organisations");

  private PaperLayout() {}

  static Layout layout(Diagram diagram) {
    double contentW = WIDTH - 2 * MARGIN;
    List<TextLine> heading = new ArrayList<>();
    double y = MARGIN;
    for (String line :
        shorten(
            TextMetrics.wrap(diagram.title(), TITLE, true, contentW), 2, TITLE, true, contentW)) {
      heading.add(new TextLine(MARGIN, y + TITLE * 0.8, line, TITLE, true, DiagramStyle.INK));
      y += TITLE * 1.25;
    }
    for (String sub : diagram.subtitle()) {
      for (String line :
          shorten(TextMetrics.wrap(sub, SUBTITLE, false, contentW), 2, SUBTITLE, false, contentW)) {
        heading.add(
            new TextLine(MARGIN, y + SUBTITLE * 0.8, line, SUBTITLE, false, DiagramStyle.MUTED));
        y += SUBTITLE * 1.3;
      }
    }
    y += 8;
    double top = y;

    // Columns: the affected state's narrow, the phases sharing the rest.
    List<Diagram.Lane> columns = diagram.lanes();
    double boxCol = BOX_W + 2 * CELL_PAD;
    boolean affected = !columns.isEmpty() && columns.get(0).id().equals("affected");
    int phaseCols = columns.size() - (affected ? 1 : 0);
    double phaseW =
        phaseCols == 0 ? 0 : Math.floor((contentW - GUTTER - (affected ? boxCol : 0)) / phaseCols);
    Map<String, Double> colX = new LinkedHashMap<>();
    Map<String, Double> colW = new LinkedHashMap<>();
    double x = MARGIN + GUTTER;
    for (Diagram.Lane c : columns) {
      double w = c.id().equals("affected") ? boxCol : phaseW;
      colX.put(c.id(), x);
      colW.put(c.id(), w);
      x += w;
    }

    // Boxes: one width, labels wrapped to at most three lines.
    Map<String, List<String>> labels = new HashMap<>();
    Map<String, Double> heights = new HashMap<>();
    for (Diagram.Node n : diagram.nodes()) {
      double max = (BOX_W - 2 * BOX_PAD_X) / DiagramLayout.FALLBACK_FONT;
      List<String> lines = shorten(wrapHard(n.label(), max), BOX_LINES, LABEL, true, max);
      labels.put(n.id(), lines);
      heights.put(n.id(), lines.size() * LINE + 2 * BOX_PAD_Y);
    }
    List<String> rows =
        PaperFigure.ROWS.stream()
            .filter(r -> diagram.nodes().stream().anyMatch(n -> r.equals(n.level())))
            .toList();
    Map<String, List<Diagram.Node>> cells = new LinkedHashMap<>();
    for (Diagram.Node n : diagram.nodes()) {
      cells.computeIfAbsent(n.lane() + "|" + n.level(), k -> new ArrayList<>()).add(n);
    }
    cells
        .values()
        .forEach(
            c ->
                c.sort(
                    Comparator.comparing(
                            (Diagram.Node n) -> n.rank() == null ? Integer.MAX_VALUE : n.rank())
                        .thenComparing(Diagram.Node::id)));
    Map<String, double[]> at = new HashMap<>();
    Map<String, Double> rowY = new LinkedHashMap<>();
    Map<String, Double> rowH = new LinkedHashMap<>();
    // Twice: the second pass orders each cell by where its neighbours sat in the first (fewer
    // crossings).
    for (int pass = 0; pass < 3; pass++) {
      if (pass > 0) {
        for (List<Diagram.Node> cell : cells.values()) {
          Map<String, Double> bary = new HashMap<>();
          for (Diagram.Node n : cell) {
            bary.put(n.id(), barycentre(diagram, n.id(), at));
          }
          cell.sort(
              Comparator.comparingDouble((Diagram.Node n) -> bary.get(n.id()))
                  .thenComparing(Diagram.Node::id));
        }
      }
      double ry = top + COLUMN_HEAD;
      for (String row : rows) {
        double tallest = 0;
        for (Diagram.Lane c : columns) {
          List<Diagram.Node> cell = cells.getOrDefault(c.id() + "|" + row, List.of());
          int perRow =
              (int)
                  Math.max(1, Math.floor((colW.get(c.id()) - 2 * CELL_PAD + GAP) / (BOX_W + GAP)));
          int used = Math.min(perRow, cell.size());
          double cellW = used * BOX_W + (used - 1) * GAP;
          double startX = colX.get(c.id()) + (colW.get(c.id()) - cellW) / 2;
          double cy = ry + CELL_PAD;
          double lineH = 0;
          for (int i = 0; i < cell.size(); i++) {
            if (i > 0 && i % perRow == 0) {
              cy += lineH + GAP;
              lineH = 0;
            }
            Diagram.Node n = cell.get(i);
            double h = heights.get(n.id());
            at.put(
                n.id(),
                new double[] {
                  DiagramLayout.round(startX + (i % perRow) * (BOX_W + GAP)),
                  DiagramLayout.round(cy),
                  BOX_W,
                  h
                });
            lineH = Math.max(lineH, h);
          }
          tallest = Math.max(tallest, cell.isEmpty() ? 0 : cy + lineH - ry - CELL_PAD);
        }
        rowY.put(row, ry);
        rowH.put(row, tallest + 2 * CELL_PAD);
        ry += tallest + 2 * CELL_PAD;
      }
    }
    double gridBottom =
        rows.isEmpty()
            ? top + COLUMN_HEAD
            : rowY.get(rows.get(rows.size() - 1)) + rowH.get(rows.get(rows.size() - 1));
    // Vertically centre each box within its row's cell.
    for (Diagram.Node n : diagram.nodes()) {
      double[] r = at.get(n.id());
      List<Diagram.Node> cell = cells.get(n.lane() + "|" + n.level());
      double cellBottom =
          cell.stream().mapToDouble(m -> at.get(m.id())[1] + at.get(m.id())[3]).max().orElse(0);
      double cellTop = cell.stream().mapToDouble(m -> at.get(m.id())[1]).min().orElse(0);
      double slack = rowH.get(n.level()) - 2 * CELL_PAD - (cellBottom - cellTop);
      r[1] = DiagramLayout.round(r[1] + slack / 2);
    }

    List<Box> boxes = new ArrayList<>();
    for (Diagram.Node n : diagram.nodes()) {
      double[] r = at.get(n.id());
      boxes.add(new Box(n, r[0], r[1], r[2], r[3], labels.get(n.id()), LABEL));
    }

    // Bands: the phase columns with their headers on top, the level rows with theirs at the left.
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Diagram.Lane c = columns.get(i);
      String title = TextMetrics.plain(c.title());
      double tw = TextMetrics.width(title, HEADER, true);
      double cx = colX.get(c.id()) + colW.get(c.id()) / 2;
      List<String> head = shorten(List.of(title), 1, HEADER, true, colW.get(c.id()) - 8);
      double hw = TextMetrics.width(head.get(0), HEADER, true);
      bands.add(
          new Band(
              c,
              colX.get(c.id()),
              top,
              colW.get(c.id()),
              gridBottom - top,
              i % 2 == 0 ? DiagramStyle.LANE_FILL : DiagramStyle.LANE_FILL_ALT,
              List.of(
                  new TextLine(
                      DiagramLayout.round(cx - hw / 2),
                      top + COLUMN_HEAD / 2 + HEADER * 0.35,
                      head.get(0),
                      HEADER,
                      true,
                      DiagramStyle.INK)),
              COLUMN_HEAD,
              false));
      assert tw > 0;
    }
    for (String row : rows) {
      List<String> lines =
          shorten(
              TextMetrics.wrap(ROW_TITLES.get(row), ROW_HEADER, true, GUTTER - 14),
              3,
              ROW_HEADER,
              true,
              GUTTER - 14);
      List<TextLine> head = new ArrayList<>();
      double ty =
          rowY.get(row) + (rowH.get(row) - lines.size() * ROW_HEADER * 1.25) / 2 + ROW_HEADER * 0.9;
      for (String l : lines) {
        head.add(
            new TextLine(
                MARGIN + 7, DiagramLayout.round(ty), l, ROW_HEADER, true, DiagramStyle.INK));
        ty += ROW_HEADER * 1.25;
      }
      bands.add(
          new Band(
              new Diagram.Lane("level-" + row, ROW_TITLES.get(row), null),
              MARGIN,
              rowY.get(row),
              contentW,
              rowH.get(row),
              null,
              head,
              GUTTER,
              true));
    }

    // Links: straight from box edge to box edge, each with the numbers of its sources.
    List<Route> routes = new ArrayList<>();
    List<Mark> marks = new ArrayList<>();
    List<double[]> taken =
        new ArrayList<>(
            boxes.stream().map(b -> new double[] {b.x(), b.y(), b.w(), b.h()}).toList());
    for (Diagram.Edge e : diagram.edges()) {
      double[] a = at.get(e.from());
      double[] b = at.get(e.to());
      Point start = clip(a, centre(b));
      Point end = clip(b, centre(a));
      routes.add(new Route(e, List.of(start, end)));
      String text = diagram.citation(e);
      if (text.isEmpty()) {
        continue;
      }
      double mw = Math.ceil(TextMetrics.width(text, MARK, false) * DiagramLayout.FALLBACK_FONT + 6);
      double mh = MARK + 3;
      double[] best = null;
      for (double t : new double[] {0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8}) {
        double mx = start.x() + (end.x() - start.x()) * t;
        double my = start.y() + (end.y() - start.y()) * t;
        double[] rect = {mx - mw / 2, my - mh / 2, mw, mh};
        if (best == null) {
          best = rect;
        }
        if (taken.stream().noneMatch(r -> overlaps(r, rect))) {
          best = rect;
          break;
        }
      }
      taken.add(best);
      marks.add(
          new Mark(
              DiagramLayout.round(best[0] + mw / 2),
              DiagramLayout.round(best[1] + mh / 2),
              mw,
              mh,
              text,
              MARK));
    }

    // Legend: the box colours and line styles drawn, and what the numbers mean.
    y = gridBottom + 12;
    List<LegendEntry> legend = new ArrayList<>();
    List<String[]> items = new ArrayList<>(DiagramStyle.boxLegend(diagram));
    items.addAll(DiagramStyle.lineLegend(diagram));
    if (diagram.nodes().stream().anyMatch(Diagram.Node::emphasised)) {
      items.add(new String[] {"mark", "emphasised", "affected state"});
    }
    if (!diagram.highlight().isEmpty()) {
      items.add(new String[] {"mark", "highlight", "highlighted"});
    }
    y = DiagramLayout.legendRow(legend, "Key", items, y, contentW, MARGIN);

    // Footer: the numbered sources, two columns, one line each; then how to draw it again.
    List<TextLine> footer = new ArrayList<>();
    double line = SMALLEST * 1.3;
    if (!diagram.sources().isEmpty()) {
      footer.add(
          new TextLine(
              MARGIN,
              y + SMALLEST,
              "Sources (the numbers on the links)",
              SMALLEST,
              true,
              DiagramStyle.INK));
      y += line + 2;
      int columnsN = diagram.sources().size() > 4 ? 2 : 1;
      double columnW = contentW / columnsN;
      int perColumn = (diagram.sources().size() + columnsN - 1) / columnsN;
      double numW =
          TextMetrics.width(diagram.sources().size() + ".", SMALLEST, true)
                  * DiagramLayout.FALLBACK_FONT
              + 6;
      for (int i = 0; i < diagram.sources().size(); i++) {
        Diagram.SourceRef s = diagram.sources().get(i);
        double fx = MARGIN + (i / perColumn) * columnW;
        double fy = y + (i % perColumn) * line + SMALLEST;
        footer.add(new TextLine(fx, fy, (i + 1) + ".", SMALLEST, true, DiagramStyle.MUTED));
        double room = (columnW - numW - 14) / DiagramLayout.FALLBACK_FONT;
        footer.add(
            new TextLine(
                fx + numW,
                fy,
                shorten(List.of(entry(s)), 1, SMALLEST, false, room).get(0),
                SMALLEST,
                false,
                DiagramStyle.MUTED));
      }
      y += perColumn * line + 6;
    }
    for (String l :
        TextMetrics.wrap(
            diagram.reference().replace("GET /api/diagrams/", "/api/diagrams/"),
            SMALLEST,
            false,
            contentW / DiagramLayout.FALLBACK_FONT)) {
      footer.add(new TextLine(MARGIN, y + SMALLEST, l, SMALLEST, false, DiagramStyle.MUTED));
      y += line;
    }
    double height = Math.ceil(y + MARGIN);
    return new Layout(
        diagram,
        Layout.Orientation.LR,
        WIDTH,
        height,
        heading,
        bands,
        boxes,
        routes,
        legend,
        footer,
        marks);
  }

  /** A footer entry: title, year, publisher and where to find it. */
  static String entry(Diagram.SourceRef s) {
    StringBuilder b =
        new StringBuilder(s.title() == null || s.title().isBlank() ? s.id() : s.title());
    if (s.publisher() != null) {
      b.append(". ").append(s.publisher());
    }
    if (s.year() != null) {
      b.append(", ").append(s.year());
    }
    b.append(s.url() != null ? ". " + s.url() : " [" + s.id() + "]");
    return TextMetrics.plain(b.toString());
  }

  private static double barycentre(Diagram d, String id, Map<String, double[]> at) {
    double sum = 0;
    int n = 0;
    for (Diagram.Edge e : d.edges()) {
      String other = e.from().equals(id) ? e.to() : e.to().equals(id) ? e.from() : null;
      if (other != null && !other.equals(id) && at.containsKey(other)) {
        sum += at.get(other)[0] + at.get(other)[2] / 2;
        n++;
      }
    }
    return n == 0 ? (at.containsKey(id) ? at.get(id)[0] : 0) : sum / n;
  }

  private static Point centre(double[] r) {
    return new Point(r[0] + r[2] / 2, r[1] + r[3] / 2);
  }

  /** Where the line from the centre of {@code r} towards {@code p} leaves the rectangle. */
  private static Point clip(double[] r, Point p) {
    Point c = centre(r);
    double dx = p.x() - c.x();
    double dy = p.y() - c.y();
    if (dx == 0 && dy == 0) {
      return new Point(DiagramLayout.round(c.x()), DiagramLayout.round(c.y()));
    }
    double tx = dx == 0 ? Double.MAX_VALUE : (r[2] / 2) / Math.abs(dx);
    double ty = dy == 0 ? Double.MAX_VALUE : (r[3] / 2) / Math.abs(dy);
    double t = Math.min(tx, ty);
    return new Point(DiagramLayout.round(c.x() + dx * t), DiagramLayout.round(c.y() + dy * t));
  }

  private static boolean overlaps(double[] a, double[] b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }

  /** Words wrapped at {@code max}; a word longer than that is cut into pieces that fit. */
  private static List<String> wrapHard(String text, double max) {
    List<String> out = new ArrayList<>();
    for (String l : TextMetrics.wrap(text, LABEL, true, max)) {
      String rest = l;
      while (TextMetrics.width(rest, LABEL, true) > max && rest.length() > 1) {
        int cut = rest.length() - 1;
        while (cut > 1 && TextMetrics.width(rest.substring(0, cut) + "-", LABEL, true) > max) {
          cut--;
        }
        out.add(rest.substring(0, cut) + "-");
        rest = rest.substring(cut);
      }
      out.add(rest);
    }
    return out;
  }

  /**
   * At most {@code n} lines, the last cut with an ellipsis where text was dropped or it is too
   * wide.
   */
  static List<String> shorten(List<String> lines, int n, double size, boolean bold, double max) {
    List<String> out = new ArrayList<>(lines.subList(0, Math.min(n, lines.size())));
    if (out.isEmpty()) {
      return out;
    }
    int last = out.size() - 1;
    String l = out.get(last);
    boolean cut = lines.size() > n;
    if (cut || TextMetrics.width(l, size, bold) > max) {
      while (!l.isEmpty() && TextMetrics.width(l + "...", size, bold) > max) {
        l = l.substring(0, l.length() - 1);
      }
      out.set(last, l.strip() + "...");
    }
    return out;
  }
}
