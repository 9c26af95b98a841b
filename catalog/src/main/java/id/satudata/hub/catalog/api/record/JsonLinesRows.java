package id.satudata.hub.catalog.api.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.Record;

/**
 * A JSON Lines download: one record per line, each the object the records API returns ({@link RecordJson}), written
 * value by value with a streaming generator instead of through a map per row, since a download writes millions.
 */
final class JsonLinesRows implements RowWriter {

    private final JsonGenerator json;
    private final List<FieldColumn> columns;

    JsonLinesRows(ObjectMapper mapper, OutputStream out, List<FieldColumn> columns) throws IOException {
        this.json = mapper.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null);
        this.columns = columns;
    }

    @Override
    public void write(Record row) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            json.writeFieldName(columns.get(i).name());
            value(columns.get(i).kind(), row.get(i));
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void value(ColumnKind kind, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (kind) {
            case INT -> json.writeNumber((Integer) value);
            case LONG -> json.writeNumber((Long) value);
            case FLOAT -> json.writeNumber((Float) value);
            case DOUBLE -> json.writeNumber((Double) value);
            case DECIMAL -> json.writeNumber((BigDecimal) value);
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case JSON -> json.writeRawValue((String) value);
            default -> json.writeString(CellText.of(kind, value));
        }
    }

    @Override
    public void finish() throws IOException {
        json.close();
    }
}
