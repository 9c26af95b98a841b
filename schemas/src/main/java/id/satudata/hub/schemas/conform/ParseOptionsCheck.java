package id.satudata.hub.schemas.conform;

import id.satudata.hub.schemas.conform.coerce.Coercers;
import id.satudata.hub.schemas.conform.coerce.ParseKey;
import id.satudata.hub.schemas.conform.coerce.TargetType;
import java.util.Map;
import java.util.TreeMap;

/** Checks a field's parse options: known keys, applicable to the field's type, with valid values. */
final class ParseOptionsCheck {

    private ParseOptionsCheck() {}

    static void check(String field, TargetType type, Map<String, String> parse, Problems problems) {
        String keysForType = ParseKey.keysFor(type).isEmpty()
                ? "a field of type " + type.label() + " takes no parse options"
                : "keys for type " + type.label() + ": " + String.join(", ", ParseKey.keysFor(type));
        int before = problems.count();
        for (Map.Entry<String, String> option : new TreeMap<>(parse).entrySet()) { // sorted: stable messages
            String path = field + ".parse." + option.getKey();
            ParseKey key = ParseKey.named(option.getKey());
            if (key == null) {
                problems.add(path, "unknown parse key '" + option.getKey() + "'; " + keysForType);
            } else if (!key.appliesTo(type)) {
                problems.add(
                        path,
                        "'" + key.id() + "' does not apply to a field of type " + type.label() + "; " + keysForType);
            } else {
                String problem = key.check(option.getValue());
                if (problem != null) {
                    problems.add(path, problem);
                }
            }
        }
        if (problems.count() == before) {
            Coercers.conflicts(parse).forEach((key, problem) -> problems.add(field + ".parse." + key, problem));
        }
    }
}
