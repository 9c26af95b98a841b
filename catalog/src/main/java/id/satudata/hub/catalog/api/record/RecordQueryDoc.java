package id.satudata.hub.catalog.api.record;

/** The query syntax shared by the records and download endpoints, as their OpenAPI descriptions state it. */
final class RecordQueryDoc {

    static final String FILTERS = "Filters: any other query parameter names a schema field (not bytes or nested"
            + " ones), optionally with an operator after a dot: <field>=<v> or <field>.eq=<v> (equal; repeat the"
            + " parameter to match any of several values), <field>.ne=<v> (not equal; null differs from every value),"
            + " <field>.gt= .gte= .lt= .lte= (ranges; null never matches), <field>.in=<v1>,<v2> and"
            + " <field>.nin=<v1>,<v2> (any / none of comma-separated values; nin keeps nulls), <field>.null=true|false."
            + " Each value is read as the field's type (dates yyyy-MM-dd, timestamps ISO-8601 with offset), e.g."
            + " ?tahun.gte=2015&tahun.lt=2020&kode_kabupaten_kota.in=3201,3202. Filters combine with AND.";

    static final String SORT = "Comma-separated fields to order by, '-' before a field for descending, e.g."
            + " sort=-tahun,nama; _key is always the final tie-breaker (ascending unless named). Null sorts below"
            + " every value.";

    static final String FIELDS =
            "Comma-separated fields to return, in that order, e.g. fields=nama,tahun; _key is always included."
                    + " Also _seq and _updated_at. Default: every field, then _key, _seq, _updated_at.";

    static final String DESCRIPTION = FILTERS
            + " Pages are keyset-paged in the sort order: follow the returned 'next' cursor (also in the Link header)"
            + " with the same sort and filters; a cursor used with another sort or other filters is refused"
            + " (invalid_cursor). With 'Accept: text/csv' the page is RFC 4180 CSV with a header row of the chosen"
            + " fields, the next page only in the Link header.";

    private RecordQueryDoc() {}
}
