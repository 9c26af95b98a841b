package id.satudata.hub.catalog.api;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.unquotedName;

import org.jooq.DSLContext;

/** A dataset with one column of every kind TABLES.md maps, and one record, to check typed reading and rendering. */
final class AllKindsDataset {

    static final String DATASET = "semua-tipe";

    static final String SCHEMA =
            """
            {"type": "record", "name": "SemuaTipe", "fields": [
              {"name": "kode", "type": "string"},
              {"name": "jenis", "type": {"type": "enum", "name": "Jenis", "symbols": ["KABUPATEN", "KOTA"]}},
              {"name": "penduduk", "type": ["null", "long"], "default": null},
              {"name": "luas", "type": "float"},
              {"name": "rasio", "type": "double"},
              {"name": "aktif", "type": "boolean"},
              {"name": "logo", "type": "bytes"},
              {"name": "diubah", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "alamat", "type": {"type": "record", "name": "Alamat", "fields": [{"name": "jalan", "type": "string"}]}}
            ]}""";

    private AllKindsDataset() {}

    static void load(DSLContext sql) {
        String bytes = sql.dialect().family().getName().startsWith("Postgres") ? "bytea" : "varbinary(100)";
        sql.execute(
                """
                create table "ds_semua_tipe" (
                  "_key" varchar(200) primary key, "kode" varchar(50) not null, "jenis" varchar(20) not null,
                  "penduduk" bigint, "luas" real not null, "rasio" double precision not null, "aktif" boolean not null,
                  "logo" %s not null, "diubah" timestamp with time zone not null, "alamat" varchar(1000) not null,
                  "_seq" bigint not null, "_source" varchar(100), "_schema_version" int,
                  "_updated_at" timestamp with time zone)"""
                        .formatted(bytes));
        sql.execute(
                """
                insert into "ds_semua_tipe" values ('3273', '3273', 'KOTA', null, 167.31, 0.125, true,
                  ?, timestamp with time zone '2024-01-31 15:00:00+07:00', '{"jalan": "Jl. Wastukencana 2"}',
                  1, 'bandung-api', 1, timestamp with time zone '2024-02-01 00:00:00+00:00')""",
                new byte[] {(byte) 0xCA, (byte) 0xFE});
        sql.insertInto(table(unquotedName("dataset")))
                .set(field(unquotedName("id")), DATASET)
                .set(field(unquotedName("title")), "Semua tipe")
                .set(field(unquotedName("key_fields")), "kode")
                .set(field(unquotedName("schema_json")), SCHEMA)
                .set(field(unquotedName("schema_version")), 1)
                .set(field(unquotedName("table_name")), "ds_semua_tipe")
                .set(field(unquotedName("last_seq")), 1L)
                .set(field(unquotedName("record_count")), 1L)
                .execute();
    }
}
