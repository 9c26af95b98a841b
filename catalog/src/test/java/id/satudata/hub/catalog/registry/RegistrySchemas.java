package id.satudata.hub.catalog.registry;

/**
 * Avro schemas the registry tests register: a regency record that evolves as an agency's dataset does, an address
 * that a resident record references, and numbered records that are all different.
 */
final class RegistrySchemas {

    static final String KABUPATEN =
            """
            {"type": "record", "name": "Kabupaten", "namespace": "id.satudata.wilayah",
             "fields": [{"name": "kode", "type": "string"}]}""";

    /** {@link #KABUPATEN} as another tool writes it: other spacing, other attribute order. */
    static final String KABUPATEN_REFORMATTED =
            """
            {
              "namespace" : "id.satudata.wilayah",
              "name" : "Kabupaten",
              "type" : "record",
              "fields" : [ { "type" : "string", "name" : "kode" } ]
            }""";

    /** Adds a name with a default: compatible both ways with {@link #KABUPATEN}. */
    static final String KABUPATEN_WITH_NAME =
            """
            {"type": "record", "name": "Kabupaten", "namespace": "id.satudata.wilayah",
             "fields": [{"name": "kode", "type": "string"}, {"name": "nama", "type": "string", "default": ""}]}""";

    /** Adds a name without a default: new readers cannot read what {@link #KABUPATEN} wrote. */
    static final String KABUPATEN_REQUIRING_NAME =
            """
            {"type": "record", "name": "Kabupaten", "namespace": "id.satudata.wilayah",
             "fields": [{"name": "kode", "type": "string"}, {"name": "nama", "type": "string"}]}""";

    static final String ALAMAT =
            """
            {"type": "record", "name": "Alamat", "namespace": "id.satudata.kependudukan",
             "fields": [{"name": "jalan", "type": "string"}, {"name": "kode_pos", "type": "string"}]}""";

    /** Uses {@link #ALAMAT} by name only: it must come as a reference. */
    static final String PENDUDUK =
            """
            {"type": "record", "name": "Penduduk", "namespace": "id.satudata.kependudukan",
             "fields": [{"name": "nik", "type": "string"}, {"name": "alamat", "type": "Alamat"}]}""";

    static final String NOT_AVRO =
            """
            {"type": "record", "name": "Rusak", "fields": [{"name": "x", "type": "tidak_ada"}]}""";

    private static final String NUMBERED =
            """
            {"type": "record", "name": "Sampel%d", "namespace": "id.satudata.uji",
             "fields": [{"name": "nilai", "type": "long"}]}""";

    private RegistrySchemas() {}

    /** A record of its own per number; unrelated records, so register them under compatibility NONE. */
    static String numbered(int number) {
        return NUMBERED.formatted(number);
    }
}
