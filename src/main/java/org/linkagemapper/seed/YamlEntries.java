package org.linkagemapper.seed;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a seed file into entries that remember the line of every field, so a refusal can name the
 * line a researcher must fix. Uses SnakeYAML's node tree rather than its object mapping, which
 * forgets positions.
 */
final class YamlEntries {

  /** A field's raw value: a {@link String}, a {@code List<String>}, or a {@code List<Entry>}. */
  record Value(Object raw, Tag tag, int line) {}

  /** One item of a file's top-level list. */
  record Entry(String file, int index, int line, Map<String, Value> fields) {
    String label() {
      Value id = fields.get("id");
      return id != null && id.raw() instanceof String s ? s : "#" + index;
    }
  }

  private YamlEntries() {}

  /** Reads one file; structural problems are added to {@code problems}. */
  static List<Entry> read(String file, Reader reader, List<SeedProblem> problems) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setCodePointLimit(10 * 1024 * 1024);
      root = new Yaml(new SafeConstructor(options)).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(new SeedProblem(file, line, null, null, "malformed YAML: " + e.getProblem()));
      return List.of();
    } catch (YAMLException e) {
      problems.add(new SeedProblem(file, 0, null, null, "malformed YAML: " + e.getMessage()));
      return List.of();
    }
    if (root == null) {
      return List.of();
    }
    if (!(root instanceof SequenceNode sequence)) {
      problems.add(
          new SeedProblem(
              file,
              line(root),
              null,
              null,
              "expected a list of entries (lines starting with '- ')"));
      return List.of();
    }
    List<Entry> entries = new ArrayList<>();
    int index = 0;
    for (Node item : sequence.getValue()) {
      index++;
      Entry entry = entry(file, index, item, problems);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static Entry entry(String file, int index, Node node, List<SeedProblem> problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(
          new SeedProblem(file, line(node), "#" + index, null, "expected 'field: value' pairs"));
      return null;
    }
    Map<String, Value> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problems.add(
            new SeedProblem(
                file,
                line(tuple.getKeyNode()),
                "#" + index,
                null,
                "a field name must be plain text"));
        continue;
      }
      Node valueNode = tuple.getValueNode();
      Object raw;
      if (valueNode instanceof ScalarNode scalar) {
        raw = Tag.NULL.equals(scalar.getTag()) ? null : scalar.getValue();
      } else if (valueNode instanceof SequenceNode seq) {
        List<Object> items = new ArrayList<>();
        int i = 0;
        for (Node itemNode : seq.getValue()) {
          i++;
          if (itemNode instanceof ScalarNode s) {
            items.add(s.getValue());
          } else {
            Entry nested = entry(file, i, itemNode, problems);
            if (nested != null) {
              items.add(nested);
            }
          }
        }
        raw = items;
      } else {
        problems.add(
            new SeedProblem(
                file,
                line(valueNode),
                "#" + index,
                key.getValue(),
                "expected a value or a list, found a nested mapping"));
        continue;
      }
      fields.put(key.getValue(), new Value(raw, valueNode.getTag(), line(valueNode)));
    }
    return new Entry(file, index, line(node), fields);
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }
}
