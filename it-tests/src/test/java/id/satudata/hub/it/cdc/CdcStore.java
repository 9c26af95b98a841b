package id.satudata.hub.it.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.CdcSourceDatabase;
import id.satudata.hub.it.support.HubApi;
import id.satudata.hub.it.support.RunningHub;
import java.time.Duration;
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

    /** Waits until the stored records equal the source table, row for row. */
    static void awaitEqualsSource(RunningHub hub, CdcSourceDatabase source) {
        List<String> expected = sourceRows(source);
        await("the store equal to the source")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(storedRows(hub.api())).isEqualTo(expected));
    }

    /**
     * Seven changes after a snapshot of rows 1 to 3, each kind of them: an insert, an update and a delete in
     * transactions of their own, then one transaction that inserts and updates a row, updates another and deletes a
     * third.
     */
    static void changeEveryWay(CdcSourceDatabase source) {
        source.execute("insert into puskesmas values (4, 'PUSKESMAS LELES', 7, '2010-01-01')");
        source.execute("update puskesmas set jumlah = 31 where id = 2");
        source.execute("delete from puskesmas where id = 3");
        source.execute(
                "insert into puskesmas values (5, 'PUSKESMAS WANARAJA', 1, null)",
                "update puskesmas set nama = 'PUSKESMAS WANARAJA BARU' where id = 5",
                "update puskesmas set jumlah = 8 where id = 4",
                "delete from puskesmas where id = 1");
    }

    static long changes(HubApi api) {
        return api.dataset("puskesmas").path("counts").path("changes").asLong();
    }
}
