package id.satudata.hub.catalog.store;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;

/**
 * One field of a dataset's schema as a table column.
 *
 * @param position the field's position in the Avro record
 * @param schema the field's schema without its null branch
 */
record DatasetColumn(String name, int position, Schema schema, ColumnKind kind, boolean nullable) {

    static DatasetColumn of(Schema.Field field) {
        Schema schema = field.schema();
        boolean nullable = false;
        if (schema.getType() == Schema.Type.UNION) {
            nullable = schema.getTypes().stream().anyMatch(branch -> branch.getType() == Schema.Type.NULL);
            var others = schema.getTypes().stream()
                    .filter(branch -> branch.getType() != Schema.Type.NULL)
                    .toList();
            if (others.size() != 1) {
                throw new StoreException(
                        StoreException.Code.INVALID_DATASET,
                        "field '" + field.name() + "' is a union other than [\"null\", T]");
            }
            schema = others.get(0);
        }
        return new DatasetColumn(field.name(), field.pos(), schema, ColumnKind.of(schema), nullable);
    }

    /** The SQL type of the column on a dialect (PostgreSQL keeps strings as text). */
    DataType<?> dataType(SQLDialect dialect) {
        boolean postgres = dialect.family() == SQLDialect.POSTGRES;
        DataType<?> type =
                switch (kind) {
                    case STRING, JSON -> postgres ? SQLDataType.CLOB : SQLDataType.VARCHAR;
                    case INT -> SQLDataType.INTEGER;
                    case LONG -> SQLDataType.BIGINT;
                    case FLOAT -> SQLDataType.REAL;
                    case DOUBLE -> SQLDataType.DOUBLE;
                    case BOOLEAN -> SQLDataType.BOOLEAN;
                    case BYTES -> SQLDataType.VARBINARY;
                    case DATE -> SQLDataType.LOCALDATE;
                    case TIMESTAMP -> SQLDataType.OFFSETDATETIME;
                    case DECIMAL -> {
                        LogicalTypes.Decimal decimal = (LogicalTypes.Decimal) schema.getLogicalType();
                        yield SQLDataType.NUMERIC(decimal.getPrecision(), decimal.getScale());
                    }
                };
        return type.nullable(nullable);
    }
}
