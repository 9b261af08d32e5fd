package org.linkagemapper.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Articulation points and bridges by Hopcroft and Tarjan's depth-first search, written with an
 * explicit stack: JGraphT's {@code BiconnectivityInspector} recurses once per level of the search
 * tree and overflows the thread's stack on a long chain of actors (a path of 100,000 needs 100,000
 * frames). Besides the answer it keeps the search tree, whose subtrees are the pieces a cut leaves:
 * a subtree is a contiguous run of the preorder, so a piece is a range, not a fresh search.
 */
final class Biconnectivity {

  private final Adjacency g;

  /** Preorder number of each vertex; {@code order[pre[v]] == v}. */
  final int[] pre;

  final int[] order;

  /** The lowest preorder number reachable from the vertex's subtree by one back edge. */
  final int[] low;

  final int[] parent;

  /** Vertices in the vertex's subtree, itself included. */
  final int[] size;

  /** The root of the vertex's search tree: one per connected component. */
  final int[] root;

  private Biconnectivity(Adjacency g) {
    this.g = g;
    int n = g.size();
    pre = new int[n];
    order = new int[n];
    low = new int[n];
    parent = new int[n];
    size = new int[n];
    root = new int[n];
    Arrays.fill(pre, -1);
    int[] next = new int[n];
    int[] stack = new int[n];
    int time = 0;
    for (int s = 0; s < n; s++) {
      if (pre[s] != -1) {
        continue;
      }
      int top = 0;
      stack[top++] = s;
      parent[s] = -1;
      root[s] = s;
      pre[s] = low[s] = time;
      order[time++] = s;
      while (top > 0) {
        int v = stack[top - 1];
        int[] nb = g.neighbours(v);
        if (next[v] < nb.length) {
          int w = nb[next[v]++];
          if (pre[w] == -1) {
            parent[w] = v;
            root[w] = s;
            pre[w] = low[w] = time;
            order[time++] = w;
            stack[top++] = w;
          } else if (w != parent[v]) {
            low[v] = Math.min(low[v], pre[w]);
          }
        } else {
          top--;
          size[v] = time - pre[v];
          if (parent[v] != -1) {
            low[parent[v]] = Math.min(low[parent[v]], low[v]);
          }
          Budget.check();
        }
      }
    }
  }

  static Biconnectivity of(Adjacency g) {
    return new Biconnectivity(g);
  }

  /** Size of the connected component holding {@code v}. */
  int componentSize(int v) {
    return size[root[v]];
  }

  /**
   * The children of {@code v} whose subtrees lose every connection to the rest when {@code v} goes.
   */
  int[] separatedChildren(int v) {
    int[] nb = g.neighbours(v);
    int[] out = new int[nb.length];
    int count = 0;
    for (int c : nb) {
      if (parent[c] == v && low[c] >= pre[v]) {
        out[count++] = c;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** Vertices whose removal disconnects their component, in index order. */
  List<Integer> articulationPoints() {
    List<Integer> points = new ArrayList<>();
    for (int v = 0; v < pre.length; v++) {
      int separated = separatedChildren(v).length;
      if (parent[v] == -1 ? separated >= 2 : separated >= 1) {
        points.add(v);
      }
    }
    return points;
  }

  /** Ties whose removal disconnects their component, as the child end of the tree edge. */
  List<Integer> bridgeChildren() {
    List<Integer> children = new ArrayList<>();
    for (int c = 0; c < pre.length; c++) {
      if (parent[c] != -1 && low[c] > pre[parent[c]]) {
        children.add(c);
      }
    }
    return children;
  }

  /** The sizes of the pieces {@code v}'s component falls into without {@code v}. */
  long[] pieceSizes(int v) {
    int[] children = separatedChildren(v);
    long rest = componentSize(v) - 1L;
    long[] sizes = new long[children.length + 1];
    for (int i = 0; i < children.length; i++) {
      sizes[i] = size[children[i]];
      rest -= size[children[i]];
    }
    sizes[children.length] = rest;
    return rest > 0 ? sizes : Arrays.copyOf(sizes, children.length);
  }

  /** The pieces {@code v}'s component falls into without {@code v}, as vertex arrays. */
  List<int[]> pieces(int v) {
    List<int[]> pieces = new ArrayList<>();
    int[] children = separatedChildren(v);
    for (int c : children) {
      pieces.add(subtree(c));
    }
    int r = root[v];
    int rest = componentSize(v) - 1;
    for (int c : children) {
      rest -= size[c];
    }
    if (rest > 0) {
      int[] remainder = new int[rest];
      int k = 0;
      int i = pre[r];
      int end = pre[r] + size[r];
      while (i < end) {
        int x = order[i];
        int skip = skippedSubtree(x, v, children);
        if (skip > 0) {
          i += skip;
        } else {
          if (x != v) {
            remainder[k++] = x;
          }
          i++;
        }
      }
      pieces.add(remainder);
    }
    return pieces;
  }

  private int skippedSubtree(int x, int v, int[] children) {
    if (parent[x] != v) {
      return 0;
    }
    for (int c : children) {
      if (c == x) {
        return size[c];
      }
    }
    return 0;
  }

  /** The vertices of {@code c}'s subtree. */
  int[] subtree(int c) {
    return Arrays.copyOfRange(order, pre[c], pre[c] + size[c]);
  }

  /** Everything in {@code c}'s component outside {@code c}'s subtree. */
  int[] outside(int c) {
    int r = root[c];
    int[] out = new int[size[r] - size[c]];
    int k = 0;
    for (int i = pre[r]; i < pre[r] + size[r]; i++) {
      if (i == pre[c]) {
        i += size[c] - 1;
        continue;
      }
      out[k++] = order[i];
    }
    return out;
  }
}
