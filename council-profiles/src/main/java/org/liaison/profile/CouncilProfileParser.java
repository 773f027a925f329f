package org.liaison.profile;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a council profile (YAML, docs/council-profiles.md) against {@link ProfileSchema}: an unknown setting, a value
 * that is not a known role, kind or seniority, a missing setting or a setting given twice is refused with the file and
 * line, so a service never starts on a profile it would misread.
 */
public final class CouncilProfileParser {

    private record Read(Object value, int line) {
    }

    private CouncilProfileParser() {
    }

    public static CouncilProfile parse(String location, Reader yaml) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(yaml);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new CouncilProfileException(location, line, "not readable as YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new CouncilProfileException(location, 0, "not readable as YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode)) {
            throw new CouncilProfileException(location, root == null ? 0 : line(root), "is empty or not a group of settings "
                    + "such as 'enquiries:'");
        }
        Map<String, Read> read = new LinkedHashMap<>();
        flatten(location, "", (MappingNode) root, read);

        List<Setting> settings = new ArrayList<>();
        for (ProfileSchema.Definition definition : ProfileSchema.definitions()) {
            Read value = read.get(definition.key());
            if (value == null) {
                throw new CouncilProfileException(location, 0, "the setting " + definition.key() + " is missing ("
                        + (definition.point().isEmpty() ? "" : definition.point() + ": ") + definition.description()
                        + "); every profile states every setting, see docs/council-profiles.md");
            }
            Object parsed;
            try {
                parsed = definition.parse(value.value());
            } catch (IllegalArgumentException e) {
                throw new CouncilProfileException(location, value.line(), definition.key() + ": " + e.getMessage());
            }
            Optional<String> notEnforced = definition.notEnforcedBecause().apply(parsed);
            settings.add(new Setting(definition.key(), definition.point(), definition.rules(), parsed, value.line(),
                    notEnforced.isEmpty(), notEnforced.map(why -> "not yet enforced: " + why).orElse(definition.enforcedBy()),
                    definition.description()));
        }
        String name = (String) settings.get(0).value();
        String council = (String) settings.get(1).value();
        String basedOn = (String) settings.get(2).value();
        return new CouncilProfile(location, name, council, basedOn, List.copyOf(settings));
    }

    private static void flatten(String location, String prefix, MappingNode mapping, Map<String, Read> into) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new CouncilProfileException(location, line(tuple.getKeyNode()), "a setting's name must be a word");
            }
            String key = prefix + keyNode.getValue().strip();
            Node value = tuple.getValueNode();
            if (value instanceof MappingNode group) {
                if (ProfileSchema.find(key).isPresent()) {
                    throw new CouncilProfileException(location, line(keyNode), key + " takes a value, not a group of settings");
                }
                if (ProfileSchema.definitions().stream().noneMatch(d -> d.key().startsWith(key + "."))) {
                    throw unknown(location, keyNode, key);
                }
                flatten(location, key + ".", group, into);
                continue;
            }
            if (ProfileSchema.find(key).isEmpty()) {
                throw unknown(location, keyNode, key);
            }
            if (into.containsKey(key)) {
                throw new CouncilProfileException(location, line(keyNode), key + " is given twice (first on line "
                        + into.get(key).line() + ")");
            }
            into.put(key, new Read(valueOf(location, value), line(keyNode)));
        }
    }

    private static Object valueOf(String location, Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar)) {
                    throw new CouncilProfileException(location, line(item), "a list holds single values only");
                }
                items.add(scalar.getValue());
            }
            return items;
        }
        throw new CouncilProfileException(location, line(node), "a setting's value must be a value or a list of values");
    }

    private static CouncilProfileException unknown(String location, ScalarNode keyNode, String key) {
        String group = key.contains(".") ? key.substring(0, key.lastIndexOf('.') + 1) : "";
        List<String> near = ProfileSchema.definitions().stream().map(ProfileSchema.Definition::key)
                .filter(k -> !group.isEmpty() && k.startsWith(group)).toList();
        return new CouncilProfileException(location, line(keyNode), "'" + key + "' is not a council profile setting"
                + (near.isEmpty() ? "" : "; settings here are " + String.join(", ", near))
                + " (docs/council-profiles.md lists every setting)");
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
