#!/usr/bin/env python3
"""Readability and speed of every committed figure beside Graphviz `dot` on the view's own DOT export.

Run against a running service (./mvnw spring-boot:run, or java -jar target/linkage-mapper.jar):
    python3 bench/figures.py [BASE_URL]        # default http://localhost:8080
Prints per figure in docs/diagrams/figures.txt: canvas size, boxes, links, edge crossings, bends,
the smallest text in points once fitted to A4 landscape inside 10 mm margins (277 x 190 mm),
and the warm median render time per format (ours over HTTP; Graphviz as the `dot` process on
the DOT export, which is what a user runs). Text outside the canvas is not estimated here:
PaperFigureTest checks it exactly with the Helvetica metrics that size the boxes.
"""
import json
import statistics
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
PAGE_W, PAGE_H = 277 / 25.4 * 72, 190 / 25.4 * 72
SVG = "{http://www.w3.org/2000/svg}"
RUNS = int(__import__("os").environ.get("BENCH_RUNS", "5"))


def fetch(path):
    with urllib.request.urlopen(BASE + path) as r:
        return r.read()


def timed(fn, runs=RUNS):
    fn()  # warm
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def crossings(edges):
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return 0 if abs(v) < 1e-6 else (1 if v > 0 else -1)

    def segs(p):
        return list(zip(p, p[1:]))

    n = 0
    boxes = [(min(x for x, _ in p), min(y for _, y in p), max(x for x, _ in p), max(y for _, y in p)) for p in edges]
    for i in range(len(edges)):
        for j in range(i + 1, len(edges)):
            a, b = boxes[i], boxes[j]
            if a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]:
                continue
            for p1, p2 in segs(edges[i]):
                for q1, q2 in segs(edges[j]):
                    if orient(q1, q2, p1) * orient(q1, q2, p2) < 0 and orient(p1, p2, q1) * orient(p1, p2, q2) < 0:
                        n += 1
    return n


def bends(edges):
    count = 0
    for p in edges:
        for a, b, c in zip(p, p[1:], p[2:]):
            if abs((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])) > 1e-3:
                count += 1
    return count


def ours(svg):
    root = ET.fromstring(svg)
    w, h = float(root.get("width")), float(root.get("height"))
    groups = list(root.iter(SVG + "g"))
    boxes = sum(1 for g in groups if g.get("class") == "node")
    edges = []
    for g in groups:
        if g.get("class") == "edge":
            for pl in g.iter(SVG + "polyline"):
                edges.append([tuple(map(float, pt.split(","))) for pt in pl.get("points").split()])
    sizes = [float(t.get("font-size")) for t in root.iter(SVG + "text")]
    fit = min(PAGE_W / w, PAGE_H / h)
    return dict(w=w, h=h, boxes=boxes, links=len(edges), crossings=crossings(edges), bends=bends(edges),
                pt=min(sizes) * fit)


def graphviz(dot):
    out = subprocess.run(["dot", "-Tjson"], input=dot, capture_output=True, check=True).stdout
    g = json.loads(out)
    x0, y0, x1, y1 = map(float, g["bb"].split(","))
    w, h = x1 - x0, y1 - y0
    nodes = [o for o in g.get("objects", []) if "nodes" not in o and "subgraphs" not in o]
    edges = []
    for e in g.get("edges", []):
        for op in e.get("_draw_", []):
            if op["op"] in ("b", "B", "L"):
                edges.append([tuple(p) for p in op["points"]])
    sizes = []
    for o in g.get("objects", []) + g.get("edges", []):
        for key in ("_ldraw_", "_hldraw_", "_tldraw_", "_draw_"):
            for op in o.get(key, []):
                if op["op"] == "F":
                    sizes.append(op["size"])
    if "_ldraw_" in g:
        sizes += [op["size"] for op in g["_ldraw_"] if op["op"] == "F"]
    fit = min(PAGE_W / w, PAGE_H / h)
    # Graphviz's units are points; its splines are drawn through their control polygons here.
    return dict(w=w, h=h, boxes=len(nodes), links=len(edges), crossings=crossings(edges), bends=bends(edges),
                pt=(min(sizes) if sizes else 14) * fit)


def main():
    figures = []
    for line in open("docs/diagrams/figures.txt"):
        words = line.split()
        if words and not words[0].startswith("#") and words[0].endswith(".svg"):
            figures.append((words[0], words[1], "&".join(words[2:])))
    print(f"{'figure':34} {'who':8} {'canvas':>11} {'boxes':>5} {'links':>5} {'cross':>5} {'bends':>5} {'A4 pt':>6}"
          f" {'svg ms':>7} {'png ms':>7} {'pdf ms':>7}")
    for file, view, query in figures:
        q = "?" + query if query else ""
        svg = fetch(f"/api/diagrams/{view}.svg{q}")
        dot = fetch(f"/api/diagrams/{view}.dot{q}")
        m = ours(svg)
        ms = {f: timed(lambda f=f: fetch(f"/api/diagrams/{view}.{f}{q}")) for f in ("svg", "png", "pdf")}
        g = graphviz(dot)
        gms = {f: timed(lambda f=f: subprocess.run(["dot", "-T" + f], input=dot, capture_output=True, check=True)) for f in ("svg", "png", "pdf")}
        for who, r, t in (("ours", m, ms), ("graphviz", g, gms)):
            print(f"{file:34} {who:8} {r['w']:5.0f}x{r['h']:<5.0f} {r['boxes']:5d} {r['links']:5d} {r['crossings']:5d} {r['bends']:5d}"
                  f" {r['pt']:6.1f} {t['svg']:7.0f} {t['png']:7.0f} {t['pdf']:7.0f}")


if __name__ == "__main__":
    main()
