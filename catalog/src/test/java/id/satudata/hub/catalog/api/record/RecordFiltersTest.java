package id.satudata.hub.catalog.api.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class RecordFiltersTest {

    static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
                    {"type": "record", "name": "Semua", "fields": [
                      {"name": "kode", "type": "string"},
                      {"name": "jenis", "type": {"type": "enum", "name": "Jenis", "symbols": ["KABUPATEN", "KOTA"]}},
                      {"name": "tahun", "type": "int"},
                      {"name": "penduduk", "type": ["null", "long"], "default": null},
                      {"name": "rasio", "type": "double"},
                      {"name": "aktif", "type": "boolean"},
                      {"name": "tanggal", "type": {"type": "int", "logicalType": "date"}},
                      {"name": "diubah", "type": {"type": "long", "logicalType": "timestamp-millis"}},
                      {"name": "jumlah", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 3}},
                      {"name": "foto", "type": "bytes"},
                      {"name": "alamat", "type": {"type": "record", "name": "Alamat", "fields": [{"name": "jalan", "type": "string"}]}}
                    ]}""");

    static final DatasetColumns COLUMNS = new DatasetColumns(
            new DatasetEntry("semua", "Semua", null, null, List.of("kode"), SCHEMA, 1, "ds_semua", 0, 0, null, null));

    @Test
    void shouldConvertEachValueToItsColumnType() {
        assertThat(convert("kode", "3201")).isEqualTo("3201");
        assertThat(convert("jenis", "KOTA")).isEqualTo("KOTA");
        assertThat(convert("tahun", "2019")).isEqualTo(2019);
        assertThat(convert("penduduk", "5000000")).isEqualTo(5_000_000L);
        assertThat(convert("rasio", "0.25")).isEqualTo(0.25d);
        assertThat(convert("aktif", "TRUE")).isEqualTo(true);
        assertThat(convert("tanggal", "2023-01-30")).isEqualTo(LocalDate.of(2023, 1, 30));
        assertThat(convert("diubah", "2023-01-30T08:00:00+07:00"))
                .isEqualTo(OffsetDateTime.parse("2023-01-30T08:00:00+07:00"));
        assertThat(convert("jumlah", "1234.5")).isEqualTo(new BigDecimal("1234.5"));
    }

    @Test
    void shouldRejectValueThatDoesNotFitNamingFieldValueAndExpectedType() {
        assertThatThrownBy(() -> convert("tanggal", "30/01/2023"))
                .isInstanceOfSatisfying(ApiException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ApiErrorCode.INVALID_FILTER);
                    assertThat(failure.properties())
                            .containsEntry("field", "tanggal")
                            .containsEntry("value", "30/01/2023")
                            .containsEntry("expected_type", "a date (yyyy-MM-dd)");
                });
    }

    @Test
    void shouldRejectEnumValueOutsideTheSymbolsListingThem() {
        assertThatThrownBy(() -> convert("jenis", "DESA"))
                .isInstanceOfSatisfying(ApiException.class, failure -> assertThat(failure.properties())
                        .containsEntry("expected_type", "one of KABUPATEN, KOTA"));
    }

    @Test
    void shouldRejectBooleanOtherThanTrueOrFalse() {
        assertThatThrownBy(() -> convert("aktif", "ya")).isInstanceOf(ApiException.class);
    }

    @Test
    void shouldNotOfferBytesOrNestedFieldsAsFilters() {
        assertThat(COLUMNS.filterable())
                .containsExactly("kode", "jenis", "tahun", "penduduk", "rasio", "aktif", "tanggal", "diubah", "jumlah");
        assertThatThrownBy(() -> RecordFilters.conditions(COLUMNS, Map.of("alamat", List.of("x"))))
                .isInstanceOfSatisfying(ApiException.class, failure -> assertThat(failure.code())
                        .isEqualTo(ApiErrorCode.UNKNOWN_FIELD));
    }

    @Test
    void shouldRoundTripCursorAndRejectForeignOne() {
        String key = "3201:2019%3Aé";
        assertThat(RecordCursor.decode(RecordCursor.encode(key))).isEqualTo(key);
        assertThat(RecordCursor.encode(key)).doesNotContain("=", "+", "/");
        assertThatThrownBy(() -> RecordCursor.decode("_w"))
                .isInstanceOfSatisfying(ApiException.class, failure -> assertThat(failure.code())
                        .isEqualTo(ApiErrorCode.INVALID_CURSOR));
    }

    private static Object convert(String field, String raw) {
        return RecordFilters.convert(COLUMNS.column(field).orElseThrow(), raw);
    }
}
