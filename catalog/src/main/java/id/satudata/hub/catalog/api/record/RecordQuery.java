package id.satudata.hub.catalog.api.record;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;

/**
 * One records query, checked against the dataset: its filters, order and returned columns.
 *
 * @param output the columns a record shows, {@code _key} among them
 * @param selected {@code output} followed by the sort columns it lacks: what is read from the table
 * @param binding a digest of the order and filters, which a cursor carries so that it is only followed by the query
 *     that issued it
 */
record RecordQuery(
        DatasetColumns columns,
        List<Condition> filters,
        RecordSort sort,
        List<FieldColumn> output,
        List<FieldColumn> selected,
        String binding) {

    /**
     * @param filters filter parameters ({@link RecordFilters}), without the query's other parameters
     * @param sort the {@code sort} parameter, or null
     * @param fields the {@code fields} parameter, or null
     */
    static RecordQuery of(DatasetEntry dataset, Map<String, List<String>> filters, String sort, String fields) {
        DatasetColumns columns = new DatasetColumns(dataset);
        RecordSort order = RecordSort.parse(columns, sort);
        List<FieldColumn> output = FieldSelection.parse(columns, fields);
        List<FieldColumn> selected = new ArrayList<>(output);
        order.columns().stream().filter(column -> !output.contains(column)).forEach(selected::add);
        return new RecordQuery(
                columns,
                RecordFilters.conditions(columns, filters),
                order,
                output,
                List.copyOf(selected),
                digest(order + "\n" + new TreeMap<>(filters)));
    }

    /** The sort values of a row read with {@link #selected()}, one per sort key. */
    List<Object> sortValues(org.jooq.Record row) {
        return sort.columns().stream()
                .map(column -> row.get(selected.indexOf(column)))
                .toList();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
