package id.satudata.hub.catalog.api;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.quotedName;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.unquotedName;

import id.satudata.hub.catalog.pipeline.PipelineInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * One dataset of poverty counts per regency and year (as the Open Data Jabar file has them): 25 regencies x 2
 * years, 3 quarantined rows, and two pipelines feeding it, one of them FAILED; beside it {@link AllKindsDataset}.
 */
final class ApiFixture {

    static final String DATASET = "jumlah-penduduk-miskin";
    static final String TABLE = "ds_jumlah_penduduk_miskin";
    static final int REGENCIES = 25;
    static final int[] YEARS = {2019, 2020};
    static final int RECORDS = REGENCIES * YEARS.length;
    static final OffsetDateTime NOW = OffsetDateTime.of(2024, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    static final String SCHEMA =
            """
            {"type": "record", "name": "JumlahPendudukMiskin", "namespace": "id.satudata.jabar",
             "fields": [
               {"name": "kode_kabupaten_kota", "type": "string"},
               {"name": "nama_kabupaten_kota", "type": "string"},
               {"name": "tahun", "type": "int"},
               {"name": "jumlah_penduduk_miskin", "type": {"type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 2}},
               {"name": "tanggal_rilis", "type": ["null", {"type": "int", "logicalType": "date"}], "default": null}
             ]}""";

    private ApiFixture() {}

    static String kode(int regency) {
        return String.valueOf(3201 + regency);
    }

    /** Release date of a year's figures; only 2020's are known, so 2019's rows hold null. */
    static LocalDate released(int year) {
        return year == 2020 ? LocalDate.of(2021, 7, 15) : null;
    }

    static BigDecimal jumlah(int regency, int year) {
        return new BigDecimal(100 + regency + "." + (year % 100));
    }

    static void load(DSLContext sql, TestPipelineDirectory directory) {
        FixedTables.create(sql);
        datasetTable(sql);
        records(sql);
        sql.insertInto(table(unquotedName("dataset")))
                .columns(f("id"), f("title"), f("description"), f("producer"), f("key_fields"), f("schema_json"))
                .values(
                        DATASET,
                        "Jumlah Penduduk Miskin",
                        "Ribu jiwa per kabupaten/kota",
                        "BPS Jawa Barat",
                        "kode_kabupaten_kota,tahun",
                        SCHEMA)
                .execute();
        sql.update(table(unquotedName("dataset")))
                .set(f("schema_version"), 1)
                .set(f("table_name"), TABLE)
                .set(f("last_seq"), 57L)
                .set(f("record_count"), (long) RECORDS)
                .set(field(unquotedName("created_at"), OffsetDateTime.class), NOW.minusDays(1))
                .set(field(unquotedName("updated_at"), OffsetDateTime.class), NOW)
                .execute();
        AllKindsDataset.load(sql);
        PipelineLedgerRows.load(sql);
        directory.put(new PipelineInfo("miskin-file", DATASET, "file", "RUNNING", null, Map.of("format", "csv")));
        directory.put(new PipelineInfo(
                "miskin-api", DATASET, "rest", "FAILED", "HTTP 401 from opendata.jabarprov.go.id", Map.of()));
    }

    private static void datasetTable(DSLContext sql) {
        sql.execute(
                """
                create table "ds_jumlah_penduduk_miskin" (
                  "_key" varchar(200) primary key, "kode_kabupaten_kota" varchar(50) not null,
                  "nama_kabupaten_kota" varchar(200) not null, "tahun" integer not null,
                  "jumlah_penduduk_miskin" numeric(10,2) not null, "tanggal_rilis" date,
                  "_seq" bigint not null, "_source" varchar(100), "_schema_version" int,
                  "_updated_at" timestamp with time zone)""");
    }

    private static void records(DSLContext sql) {
        Table<?> table = table(quotedName(TABLE));
        long seq = 0;
        for (int year : YEARS) {
            for (int regency = 0; regency < REGENCIES; regency++) {
                seq++;
                sql.insertInto(table)
                        .set(field(quotedName("_key")), kode(regency) + ":" + year)
                        .set(field(quotedName("kode_kabupaten_kota")), kode(regency))
                        .set(field(quotedName("nama_kabupaten_kota")), "KABUPATEN " + regency)
                        .set(field(quotedName("tahun")), year)
                        .set(field(quotedName("jumlah_penduduk_miskin")), jumlah(regency, year))
                        .set(field(quotedName("tanggal_rilis"), LocalDate.class), released(year))
                        .set(field(quotedName("_seq")), seq)
                        .set(field(quotedName("_source")), "miskin-file")
                        .set(field(quotedName("_schema_version")), 1)
                        .set(field(quotedName("_updated_at"), OffsetDateTime.class), NOW.plusSeconds(seq))
                        .execute();
            }
        }
    }

    private static Field<Object> f(String name) {
        return field(unquotedName(name));
    }
}
