package id.satudata.hub.schemas.conform;

import org.apache.avro.Conversions;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;

/**
 * The Avro data model of conformed records: a {@link GenericData} with conversions for the Java types a
 * {@link Conformer} puts in them ({@code LocalDate} for {@code date}, {@code Instant} for {@code timestamp-millis}
 * and {@code timestamp-micros}, {@code BigDecimal} for {@code decimal}). Use it to write or copy them.
 */
public final class ConformedData {

    private static final GenericData MODEL = create();

    private ConformedData() {}

    public static GenericData model() {
        return MODEL;
    }

    private static GenericData create() {
        GenericData model = new GenericData();
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        return model;
    }
}
