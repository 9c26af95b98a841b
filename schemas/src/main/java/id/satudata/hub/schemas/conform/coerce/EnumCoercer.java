package id.satudata.hub.schemas.conform.coerce;

import id.satudata.hub.schemas.conform.text.Text;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/** To an {@code enum}: the symbol the text names, ignoring case ({@code Pertanian} is {@code PERTANIAN}). */
final class EnumCoercer implements Coercer {

    private final GenericData.EnumSymbol[] symbols;
    private final Map<String, GenericData.EnumSymbol> exact = new HashMap<>();
    private final Failure unknown;

    EnumCoercer(Schema schema) {
        this.symbols = schema.getEnumSymbols().stream()
                .map(symbol -> new GenericData.EnumSymbol(schema, symbol))
                .toArray(GenericData.EnumSymbol[]::new);
        for (GenericData.EnumSymbol symbol : symbols) {
            exact.put(symbol.toString(), symbol);
        }
        this.unknown = new Failure(
                "enum",
                "is not one of the allowed values (expected one of " + String.join(", ", schema.getEnumSymbols())
                        + ")");
    }

    @Override
    public Object coerce(Object value) {
        String text = Text.strip(Text.of(value));
        GenericData.EnumSymbol symbol = exact.get(text);
        if (symbol != null) {
            return symbol;
        }
        for (GenericData.EnumSymbol candidate : symbols) {
            if (candidate.toString().equalsIgnoreCase(text)) {
                return candidate;
            }
        }
        return unknown;
    }
}
