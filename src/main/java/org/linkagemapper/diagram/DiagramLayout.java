package org.linkagemapper.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.linkagemapper.diagram.Layout.Band;
import org.linkagemapper.diagram.Layout.Box;
import org.linkagemapper.diagram.Layout.LegendEntry;
import org.linkagemapper.diagram.Layout.Orientation;
import org.linkagemapper.diagram.Layout.Point;
import org.linkagemapper.diagram.Layout.Route;
import org.linkagemapper.diagram.Layout.TextLine;

/**
 * Lays a {@link Diagram} out with the Eclipse Layout Kernel's layered algorithm: layers run left to
 * right (or top to bottom), each lane is an ELK partition (so a lane's nodes occupy their own run
 * of layers and lanes never interleave), edges are routed orthogonally around the boxes. Edges are
 * handed to ELK pointing along the lane order (and, within a lane, away from the affected state or
 * the path's start), so the figure reads in one direction; arrowheads still show each
 * relationship's real direction. Around that go the title, the lane headers, the legend and the
 * footer naming the sources.
 */
final class DiagramLayout {

  static final double MARGIN = 28;
  static final double TITLE_SIZE = 20;
  static final double SUBTITLE_SIZE = 12.5;
  static final double LABEL_SIZE = 12;
  static final double LABEL_LINE = 15;
  static final double PAD_X = 10;
  static final double PAD_Y = 7;
  static final double MAX_LABEL = 130;
  static final double STRIP_CELL_W = 9;
  static final double STRIP_CELL_H = 5;
  static final double STRIP_GAP = 2;
  static final double STRIP_ABOVE = 4;
  static final double LANE_PAD = 18;
  static final double HEADER_TITLE = 13;
  static final double HEADER_SUB = 10.5;
  static final double LEGEND_SIZE = 11;
  static final double FOOTER_SIZE = 10;
  static final double ARROW = 8;

  /**
   * Room for a wider fallback font: boxes are measured in Helvetica, but a machine without
   * Helvetica, Arial or Liberation Sans draws DejaVu Sans, about a tenth wider.
   */
  static final double FALLBACK_FONT = 1.1;

  static {
    // Registers ELK's options and the clone functions of their defaults.
    org.eclipse.elk.core.data.LayoutMetaDataService.getInstance();
  }

  private DiagramLayout() {}

  static Layout layout(Diagram diagram, Orientation orientation) {
    boolean lr = orientation == Orientation.LR;
    boolean laned = diagram.laneMode() != Diagram.LaneMode.NONE;
    List<String> laneIds = diagram.lanes().stream().map(Diagram.Lane::id).toList();

    // 1. Layers: ours, so lanes never interleave (see layers()); ELK keeps them (interactive
    // layering).
    Map<String, Integer> layer = layers(diagram, laneIds);

    // 2. Boxes sized to their labels, edges pointing along the layers.
    Map<String, List<String>> labels = new HashMap<>();
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, lr ? Direction.RIGHT : Direction.DOWN);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 14.0);
    root.setProperty(CoreOptions.SPACING_EDGE_NODE, 10.0);
    root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 5.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 6.0);
    root.setProperty(LayeredOptions.THOROUGHNESS, diagram.nodes().size() > 400 ? 2 : 7);
    Map<String, ElkNode> elkNodes = new HashMap<>();
    for (Diagram.Node node : diagram.nodes()) {
      List<String> lines = TextMetrics.wrap(node.label(), LABEL_SIZE, true, MAX_LABEL);
      labels.put(node.id(), lines);
      double textW =
          lines.stream().mapToDouble(l -> TextMetrics.width(l, LABEL_SIZE, true)).max().orElse(0);
      double w =
          Math.max(
              textW * FALLBACK_FONT + 2 * PAD_X,
              diagram.phaseStrip() ? stripWidth() + 2 * PAD_X : 54);
      double h =
          lines.size() * LABEL_LINE
              + 2 * PAD_Y
              + (diagram.phaseStrip() ? STRIP_ABOVE + STRIP_CELL_H : 0);
      ElkNode n = ElkGraphUtil.createNode(root);
      n.setIdentifier(node.id());
      n.setDimensions(Math.ceil(w), Math.ceil(h));
      // Interactive layering reads the layer from the position along the layering direction.
      n.setLocation(layer.get(node.id()) * 10_000.0, layer.get(node.id()) * 10_000.0);
      elkNodes.put(node.id(), n);
    }
    List<ElkEdge> elkEdges = new ArrayList<>();
    List<Boolean> reversed = new ArrayList<>();
    for (Diagram.Edge edge : diagram.edges()) {
      boolean back = layer.get(edge.from()) > layer.get(edge.to());
      elkEdges.add(
          ElkGraphUtil.createSimpleEdge(
              elkNodes.get(back ? edge.to() : edge.from()),
              elkNodes.get(back ? edge.from() : edge.to())));
      reversed.add(back);
    }
    // A fresh provider each time: ELK's pooled one carries state from one layout to the next.
    new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

    // 3. Read the geometry back, in a mutable form the lane pass can stretch.
    List<double[]> rects = new ArrayList<>();
    for (Diagram.Node node : diagram.nodes()) {
      ElkNode n = elkNodes.get(node.id());
      rects.add(new double[] {n.getX(), n.getY(), n.getWidth(), n.getHeight()});
    }
    List<List<double[]>> paths = new ArrayList<>();
    for (int i = 0; i < elkEdges.size(); i++) {
      List<double[]> pts = new ArrayList<>();
      for (ElkEdgeSection s : elkEdges.get(i).getSections()) {
        pts.add(new double[] {s.getStartX(), s.getStartY()});
        for (ElkBendPoint bp : s.getBendPoints()) {
          pts.add(new double[] {bp.getX(), bp.getY()});
        }
        pts.add(new double[] {s.getEndX(), s.getEndY()});
      }
      if (reversed.get(i)) {
        java.util.Collections.reverse(pts);
      }
      paths.add(pts);
    }
    int axis = lr ? 0 : 1;
    int cross = 1 - axis;

    // 4. Lanes: bands along the layer axis, widened where a header needs more room.
    int laneCount = laneIds.size();
    List<List<String>> headerLines = new ArrayList<>();
    double[] headerNeed = new double[laneCount];
    double headerBlock = 0;
    double gutter = 0;
    if (laned) {
      for (Diagram.Lane lane : diagram.lanes()) {
        List<String> lines = new ArrayList<>();
        lines.add(TextMetrics.plain(lane.title()));
        if (lane.subtitle() != null) {
          lines.addAll(TextMetrics.wrap(lane.subtitle(), HEADER_SUB, false, lr ? 130 : 150));
        }
        headerLines.add(lines);
      }
      for (int i = 0; i < laneCount; i++) {
        List<String> lines = headerLines.get(i);
        double textW = TextMetrics.width(lines.get(0), HEADER_TITLE, true);
        for (int j = 1; j < lines.size(); j++) {
          textW = Math.max(textW, TextMetrics.width(lines.get(j), HEADER_SUB, false));
        }
        double textH = headerHeight(lines);
        headerNeed[i] = lr ? textW * FALLBACK_FONT + 2 * 10 : textH + 2 * 8;
        headerBlock = Math.max(headerBlock, textH + 2 * 8);
        gutter = Math.max(gutter, textW * FALLBACK_FONT + 2 * 12);
      }
    }
    double[] bounds = new double[laneCount + 1];
    for (int guard = 0; guard < 12 * laneCount + 12; guard++) {
      bandBounds(diagram, rects, paths, axis, bounds);
      int worst = -1;
      double deficit = 0;
      for (int i = 0; i < laneCount && laned; i++) {
        double d = headerNeed[i] - (bounds[i + 1] - bounds[i]);
        if (d > 0.5) {
          worst = i;
          deficit = d;
          break;
        }
      }
      if (worst < 0) {
        break;
      }
      double[] ext = laneExtent(diagram, rects, axis, worst);
      shift(rects, paths, axis, ext[0] - 0.01, deficit);
      shift(rects, paths, axis, ext[1] + deficit + 0.01, deficit);
    }
    bandBounds(diagram, rects, paths, axis, bounds);

    // 5. Place on the canvas: everything moves so the bands start at the margin, below the heading.
    double crossMin = Double.MAX_VALUE;
    double crossMax = -Double.MAX_VALUE;
    for (double[] r : rects) {
      crossMin = Math.min(crossMin, r[cross]);
      crossMax = Math.max(crossMax, r[cross] + r[cross + 2]);
    }
    for (List<double[]> p : paths) {
      for (double[] pt : p) {
        crossMin = Math.min(crossMin, pt[cross]);
        crossMax = Math.max(crossMax, pt[cross]);
      }
    }
    if (rects.isEmpty()) {
      crossMin = 0;
      crossMax = 0;
    }
    double bandsAlong = bounds[laneCount] - bounds[0];
    double bandsAcross = crossMax - crossMin + 2 * LANE_PAD;
    double diagramW = lr ? bandsAlong : gutter + bandsAcross;
    double diagramH = lr ? (laned ? headerBlock : 0) + bandsAcross : bandsAlong;

    double width = Math.max(diagramW + 2 * MARGIN, 760);
    double contentW = width - 2 * MARGIN;
    // Heading.
    List<TextLine> heading = new ArrayList<>();
    double y = MARGIN;
    for (String line : TextMetrics.wrap(diagram.title(), TITLE_SIZE, true, contentW)) {
      heading.add(
          new TextLine(MARGIN, y + TITLE_SIZE * 0.8, line, TITLE_SIZE, true, DiagramStyle.INK));
      y += TITLE_SIZE * 1.25;
    }
    y += 4;
    for (String sub : diagram.subtitle()) {
      for (String line : TextMetrics.wrap(sub, SUBTITLE_SIZE, false, contentW)) {
        heading.add(
            new TextLine(
                MARGIN, y + SUBTITLE_SIZE * 0.8, line, SUBTITLE_SIZE, false, DiagramStyle.MUTED));
        y += SUBTITLE_SIZE * 1.35;
      }
    }
    y += 14;
    double top = y;
    double left = MARGIN + Math.max(0, (contentW - diagramW) / 2);
    // Offsets mapping layout coordinates to the canvas.
    double dx;
    double dy;
    if (lr) {
      dx = left - bounds[0];
      dy = top + (laned ? headerBlock : 0) + LANE_PAD - crossMin;
    } else {
      dx = left + gutter + LANE_PAD - crossMin;
      dy = top - bounds[0];
    }
    List<Box> boxes = new ArrayList<>();
    for (int i = 0; i < diagram.nodes().size(); i++) {
      Diagram.Node node = diagram.nodes().get(i);
      double[] r = rects.get(i);
      boxes.add(
          new Box(
              node,
              round(r[0] + dx),
              round(r[1] + dy),
              r[2],
              r[3],
              labels.get(node.id()),
              LABEL_SIZE));
    }
    List<Route> routes = new ArrayList<>();
    for (int i = 0; i < diagram.edges().size(); i++) {
      List<Point> pts = new ArrayList<>();
      for (double[] pt : paths.get(i)) {
        Point p = new Point(round(pt[0] + dx), round(pt[1] + dy));
        if (pts.isEmpty() || !pts.get(pts.size() - 1).equals(p)) {
          pts.add(p);
        }
      }
      routes.add(new Route(diagram.edges().get(i), pts));
    }
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < laneCount; i++) {
      String fill = i % 2 == 0 ? DiagramStyle.LANE_FILL : DiagramStyle.LANE_FILL_ALT;
      List<TextLine> header = new ArrayList<>();
      if (lr) {
        double bx = round(bounds[i] + dx);
        double bw = round(bounds[i + 1] - bounds[i]);
        if (laned) {
          double ty = top + (headerBlock - headerHeight(headerLines.get(i))) / 2;
          header = headerText(headerLines.get(i), bx + bw / 2, ty, true);
        }
        bands.add(
            new Band(
                diagram.lanes().get(i),
                bx,
                top,
                bw,
                diagramH,
                fill,
                header,
                laned ? headerBlock : 0,
                false));
      } else {
        double by = round(bounds[i] + dy);
        double bh = round(bounds[i + 1] - bounds[i]);
        if (laned) {
          double ty = by + (bh - headerHeight(headerLines.get(i))) / 2;
          header = headerText(headerLines.get(i), left + 12, ty, false);
        }
        bands.add(
            new Band(
                diagram.lanes().get(i),
                left,
                by,
                diagramW,
                bh,
                fill,
                header,
                laned ? gutter : 0,
                true));
      }
    }
    y = top + diagramH + 22;

    // 6. Legend: the box styles, line styles and marks this figure uses.
    List<LegendEntry> legend = new ArrayList<>();
    List<String[]> marks = new ArrayList<>();
    if (diagram.nodes().stream().anyMatch(Diagram.Node::emphasised)) {
      marks.add(
          new String[] {
            "emphasised",
            diagram.phaseStrip()
                ? "affected state"
                : diagram.view().startsWith("paths") ? "start and end" : "the actor"
          });
    }
    if (diagram.nodes().stream().anyMatch(Diagram.Node::detached)) {
      marks.add(new String[] {"detached", "no link reaches it from the affected state"});
    }
    if (!diagram.highlight().isEmpty()) {
      marks.add(new String[] {"highlight", "highlighted"});
    }
    if (diagram.phaseStrip()) {
      for (int i = 0; i < 4; i++) {
        marks.add(
            new String[] {
              "phase-" + i, "acts in " + org.linkagemapper.graph.Vocabulary.PHASES.get(i)
            });
      }
    }
    double legendStart = y;
    y = legendRow(legend, "Boxes", DiagramStyle.boxLegend(diagram), y, contentW);
    y = legendRow(legend, "Lines", DiagramStyle.lineLegend(diagram), y, contentW);
    y =
        legendRow(
            legend,
            "Marks",
            marks.stream().map(m -> new String[] {"mark", m[0], m[1]}).toList(),
            y,
            contentW);
    if (y == legendStart) {
      y -= 10;
    }

    // 7. Footer: the sources the drawn edges cite, then how to regenerate the figure.
    List<TextLine> footer = new ArrayList<>();
    y += 8;
    double line = FOOTER_SIZE * 1.35;
    if (!diagram.sources().isEmpty()) {
      footer.add(
          new TextLine(
              MARGIN,
              y + FOOTER_SIZE,
              "Sources cited by the links drawn",
              FOOTER_SIZE,
              true,
              DiagramStyle.INK));
      y += line + 2;
      double idW =
          diagram.sources().stream()
                      .mapToDouble(s -> TextMetrics.width(s.id(), FOOTER_SIZE, true))
                      .max()
                      .orElse(0)
                  * FALLBACK_FONT
              + 10;
      // As many columns as the widest entry allows (at most three), filled top to bottom.
      double entryW =
          diagram.sources().stream()
                      .mapToDouble(s -> TextMetrics.width(s.title(), FOOTER_SIZE, false))
                      .max()
                      .orElse(0)
                  * FALLBACK_FONT
              + idW
              + 24;
      int columns = (int) Math.max(1, Math.min(3, Math.floor(contentW / entryW)));
      double columnW = contentW / columns;
      int perColumn = (diagram.sources().size() + columns - 1) / columns;
      double columnTop = y;
      double bottom = y;
      for (int i = 0; i < diagram.sources().size(); i++) {
        Diagram.SourceRef s = diagram.sources().get(i);
        if (i % perColumn == 0) {
          y = columnTop;
        }
        double x = MARGIN + (i / perColumn) * columnW;
        footer.add(
            new TextLine(
                x,
                y + FOOTER_SIZE,
                TextMetrics.plain(s.id()),
                FOOTER_SIZE,
                true,
                DiagramStyle.MUTED));
        for (String l :
            TextMetrics.wrap(
                s.title().isBlank() ? "(no title)" : s.title(),
                FOOTER_SIZE,
                false,
                columnW - idW - 24)) {
          footer.add(
              new TextLine(x + idW, y + FOOTER_SIZE, l, FOOTER_SIZE, false, DiagramStyle.MUTED));
          y += line;
        }
        bottom = Math.max(bottom, y);
      }
      y = bottom + 6;
    }
    for (String l : TextMetrics.wrap(diagram.reference(), FOOTER_SIZE, false, contentW)) {
      footer.add(new TextLine(MARGIN, y + FOOTER_SIZE, l, FOOTER_SIZE, false, DiagramStyle.MUTED));
      y += line;
    }
    double height = Math.ceil(y + MARGIN - 6);
    return new Layout(
        diagram,
        orientation,
        Math.ceil(width),
        height,
        heading,
        bands,
        boxes,
        routes,
        legend,
        footer,
        List.of());
  }

  static double stripWidth() {
    return 4 * STRIP_CELL_W + 3 * STRIP_GAP;
  }

  private static double headerHeight(List<String> lines) {
    return HEADER_TITLE * 1.2 + (lines.size() - 1) * HEADER_SUB * 1.3;
  }

  private static List<TextLine> headerText(
      List<String> lines, double x, double top, boolean centred) {
    List<TextLine> out = new ArrayList<>();
    double y = top + HEADER_TITLE * 0.9;
    for (int i = 0; i < lines.size(); i++) {
      boolean title = i == 0;
      double size = title ? HEADER_TITLE : HEADER_SUB;
      double w = TextMetrics.width(lines.get(i), size, title);
      out.add(
          new TextLine(
              round(centred ? x - w / 2 : x),
              round(y),
              lines.get(i),
              size,
              title,
              title ? DiagramStyle.INK : DiagramStyle.MUTED));
      y += i == 0 ? HEADER_TITLE * 0.3 + HEADER_SUB * 1.0 + 1 : HEADER_SUB * 1.3;
    }
    return out;
  }

  /**
   * Lays one labelled row group of legend entries, wrapping at the content width; returns the next
   * y.
   */
  private static double legendRow(
      List<LegendEntry> legend, String label, List<String[]> items, double y, double contentW) {
    return legendRow(legend, label, items, y, contentW, MARGIN);
  }

  /** The same, for a figure whose margin is {@code margin}. */
  static double legendRow(
      List<LegendEntry> legend,
      String label,
      List<String[]> items,
      double y,
      double contentW,
      double margin) {
    if (items.isEmpty()) {
      return y;
    }
    double labelW = 52;
    double x = margin + labelW;
    double rowH = 20;
    legend.add(new LegendEntry("label", label, margin, y, label, margin));
    for (String[] item : items) {
      String text = TextMetrics.plain(item[2]);
      double sample =
          item[0].equals("line") ? 34 : item[1].startsWith("phase-") ? STRIP_CELL_W + 4 : 24;
      double w = sample + 6 + TextMetrics.width(text, LEGEND_SIZE, false) * FALLBACK_FONT + 18;
      if (x + w > margin + contentW && x > margin + labelW) {
        x = margin + labelW;
        y += rowH;
      }
      legend.add(new LegendEntry(item[0], item[1], x, y, text, x + sample + 6));
      x += w;
    }
    return y + rowH + 4;
  }

  /**
   * The layer of every node. Lanes take consecutive runs of layers in their order; inside a lane a
   * node sits one layer after its latest predecessor there (longest path), edges counted in the
   * reading direction: from the lower rank (nearer the affected state or the path's start), else as
   * stored, cycles broken where a depth-first walk in id order closes them. ELK's own partitioning
   * does the same job but iterates hash sets, so its layouts vary from run to run.
   */
  static Map<String, Integer> layers(Diagram diagram, List<String> laneIds) {
    Map<String, Diagram.Node> byId = new HashMap<>();
    diagram.nodes().forEach(n -> byId.put(n.id(), n));
    Map<String, List<String>> next = new TreeMap<>();
    for (Diagram.Edge e : diagram.edges()) {
      Diagram.Node a = byId.get(e.from());
      Diagram.Node b = byId.get(e.to());
      if (!a.lane().equals(b.lane()) || a.id().equals(b.id())) {
        continue;
      }
      boolean flip =
          a.rank() != null && b.rank() != null && !a.rank().equals(b.rank())
              ? a.rank() > b.rank()
              : false;
      next.computeIfAbsent(flip ? b.id() : a.id(), k -> new ArrayList<>())
          .add(flip ? a.id() : b.id());
    }
    next.values().forEach(l -> l.sort(null));
    // Depth-first in id order: edges closing a cycle are dropped, the rest form a DAG.
    Map<String, Integer> state = new HashMap<>();
    Map<String, List<String>> dag = new HashMap<>();
    List<String> order = new ArrayList<>();
    List<Diagram.Node> sorted = new ArrayList<>(diagram.nodes());
    sorted.sort(
        java.util.Comparator.comparing(
                (Diagram.Node n) -> n.rank() == null ? Integer.MAX_VALUE : n.rank())
            .thenComparing(Diagram.Node::id));
    for (Diagram.Node n : sorted) {
      visit(n.id(), next, state, dag, order);
    }
    java.util.Collections.reverse(order);
    Map<String, Integer> depth = new HashMap<>();
    for (String id : order) {
      depth.putIfAbsent(id, 0);
      for (String m : dag.getOrDefault(id, List.of())) {
        depth.merge(m, depth.get(id) + 1, Math::max);
      }
    }
    Map<String, Integer> layer = new HashMap<>();
    int base = 0;
    for (String lane : laneIds) {
      int deepest = -1;
      for (Diagram.Node n : diagram.nodes()) {
        if (n.lane().equals(lane)) {
          layer.put(n.id(), base + depth.get(n.id()));
          deepest = Math.max(deepest, depth.get(n.id()));
        }
      }
      base += deepest + 1;
    }
    return layer;
  }

  private static void visit(
      String id,
      Map<String, List<String>> next,
      Map<String, Integer> state,
      Map<String, List<String>> dag,
      List<String> order) {
    if (state.containsKey(id)) {
      return;
    }
    state.put(id, 1);
    for (String m : next.getOrDefault(id, List.of())) {
      Integer s = state.get(m);
      if (s != null && s == 1) {
        continue;
      }
      dag.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
      visit(m, next, state, dag, order);
    }
    state.put(id, 2);
    order.add(id);
  }

  /** Extent of lane {@code i}'s boxes along the layer axis, as {min, max}. */
  private static double[] laneExtent(Diagram diagram, List<double[]> rects, int axis, int lane) {
    String id = diagram.lanes().get(lane).id();
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (int i = 0; i < rects.size(); i++) {
      if (diagram.nodes().get(i).lane().equals(id)) {
        min = Math.min(min, rects.get(i)[axis]);
        max = Math.max(max, rects.get(i)[axis] + rects.get(i)[axis + 2]);
      }
    }
    return new double[] {min, max};
  }

  /**
   * Band boundaries: half-way between neighbouring lanes, the outer ones a lane pad beyond boxes
   * and routes.
   */
  private static void bandBounds(
      Diagram diagram,
      List<double[]> rects,
      List<List<double[]>> paths,
      int axis,
      double[] bounds) {
    int n = diagram.lanes().size();
    double routeMin = Double.MAX_VALUE;
    double routeMax = -Double.MAX_VALUE;
    for (List<double[]> p : paths) {
      for (double[] pt : p) {
        routeMin = Math.min(routeMin, pt[axis]);
        routeMax = Math.max(routeMax, pt[axis]);
      }
    }
    double[][] ext = new double[n][];
    for (int i = 0; i < n; i++) {
      ext[i] = laneExtent(diagram, rects, axis, i);
    }
    if (n == 0) {
      return;
    }
    bounds[0] = Math.min(ext[0][0], routeMin) - LANE_PAD;
    for (int i = 1; i < n; i++) {
      bounds[i] = (ext[i - 1][1] + ext[i][0]) / 2;
    }
    bounds[n] = Math.max(ext[n - 1][1], routeMax) + LANE_PAD;
  }

  /**
   * Moves everything at or beyond {@code at} along the layer axis by {@code by}; orthogonal routes
   * stay orthogonal.
   */
  private static void shift(
      List<double[]> rects, List<List<double[]>> paths, int axis, double at, double by) {
    for (double[] r : rects) {
      if (r[axis] >= at) {
        r[axis] += by;
      }
    }
    for (List<double[]> p : paths) {
      for (double[] pt : p) {
        if (pt[axis] >= at) {
          pt[axis] += by;
        }
      }
    }
  }

  /** Coordinates to a tenth of a pixel, so every format writes the same numbers. */
  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
