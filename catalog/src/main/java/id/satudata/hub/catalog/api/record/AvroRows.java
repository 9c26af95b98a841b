package id.satudata.hub.catalog.api.record;

import id.satudata.hub.schemas.conform.ConformedData;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.jooq.Record;

/**
 * An Avro download: an object container file with the dataset's current schema embedded, each row converted back
 * to the record the hub stored ({@link AvroValues}), so any Avro reader gets the same values and logical types.
 */
final class AvroRows implements RowWriter {

    private final DataFileWriter<GenericRecord> file;
    private final List<FieldColumn> fields;
    private final GenericData.Record record;

    /** @param fields the schema's fields, which come first, in order, in every row written */
    AvroRows(OutputStream out, Schema schema, List<FieldColumn> fields) throws IOException {
        this.fields = fields;
        this.file = new DataFileWriter<GenericRecord>(new GenericDatumWriter<>(schema, ConformedData.model()))
                .create(schema, out);
        // appended records are encoded at once, so one instance serves every row
        this.record = new GenericData.Record(schema);
    }

    @Override
    public void write(Record row) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            record.put(i, AvroValues.of(fields.get(i), row.get(i)));
        }
        file.append(record);
    }

    @Override
    public void finish() throws IOException {
        file.flush();
    }
}
