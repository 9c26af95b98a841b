package id.satudata.hub.it.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.CdcSourceDatabase;
import id.satudata.hub.it.support.HubApi;
import java.util.List;
import java.util.Objects;

/** The dataset {@code puskesmas} as the hub's API shows it, and the source table it must equal, row for row. */
final class CdcStore {

    private CdcStore() {}

    /** The source rows as {@code id|nama|jumlah|dibuka}, in id order, nama with spaces collapsed as mapped. */
    static List<String> sourceRows(CdcSourceDatabase source) {
        return source.rows("select id, nama, jumlah, dibuka from puskesmas order by id").stream()
                .map(row -> String.join("|", row.stream().map(String::valueOf).toList())
                        .replaceAll(" {2,}", " "))
                .toList();
    }

    /** The stored records in the same form, in id order. */
    static List<String> storedRows(HubApi api) {
        return api.allRecords("puskesmas").stream()
                .sorted(java.util.Comparator.comparingLong(
                        record -> record.path("id").asLong()))
                .map(CdcStore::row)
                .toList();
    }

    private static String row(JsonNode record) {
        return record.path("id").asText() + "|" + record.path("nama").asText() + "|" + text(record.path("jumlah")) + "|"
                + text(record.path("dibuka"));
    }

    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "null" : Objects.toString(value.asText());
    }

    static long changes(HubApi api) {
        return api.dataset("puskesmas").path("counts").path("changes").asLong();
    }
}
