package id.satudata.hub.connectors.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * The select of one poll and its bind values, in keyset order so that a read can resume after the last committed
 * row: a snapshot orders by key; an incremental read orders by (timestamp, key), reads only rows after the
 * watermark, and only up to the source's clock minus the safety lag, so that a row committed late with an earlier
 * timestamp still falls after the watermark when it becomes visible.
 */
record JdbcQuery(String sql, List<Object> binds) {

    private static final String SELECT_ALL = "select *";

    /** Every row, in key order, after {@code lastKey} when it is not empty. */
    static JdbcQuery snapshot(JdbcSourceSettings settings, List<Object> lastKey) {
        List<Object> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT_ALL + " from ").append(settings.relation());
        if (!lastKey.isEmpty()) {
            sql.append(" where ").append(after(settings.keyColumns(), lastKey, binds));
        }
        sql.append(" order by ").append(String.join(", ", settings.keyColumns()));
        return new JdbcQuery(sql.toString(), binds);
    }

    /** The rows after the watermark {@code (timestamp, key...)}, or from the start when it is empty. */
    static JdbcQuery incremental(JdbcSourceSettings settings, SourceDialect dialect, List<Object> watermark) {
        List<String> order = orderColumns(settings);
        List<Object> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT_ALL + " from ")
                .append(settings.relation())
                .append(" where ")
                .append(settings.timestampColumn())
                .append(" <= ")
                .append(dialect.clockMinus(settings.safetyLag()));
        if (!watermark.isEmpty()) {
            sql.append(" and (").append(after(order, watermark, binds)).append(')');
        }
        sql.append(" order by ").append(String.join(", ", order));
        return new JdbcQuery(sql.toString(), binds);
    }

    /** The same rows counted: {@code select count(*)} with the same conditions and binds, without the order. */
    JdbcQuery counting() {
        int order = sql.lastIndexOf(" order by ");
        return new JdbcQuery("select count(*)" + sql.substring(SELECT_ALL.length(), order), binds);
    }

    /** The columns of an incremental read's order, and of its watermark: the timestamp, then the key. */
    static List<String> orderColumns(JdbcSourceSettings settings) {
        List<String> columns = new ArrayList<>();
        columns.add(settings.timestampColumn());
        columns.addAll(settings.keyColumns());
        return columns;
    }

    /**
     * Rows after the given values in the columns' order, written out ({@code a > ? or (a = ? and b > ?)}) rather
     * than as a row comparison, so that every database can use an index on the first column.
     */
    static String after(List<String> columns, List<Object> values, List<Object> binds) {
        if (columns.size() != values.size()) {
            throw new IllegalStateException("the position holds " + values.size() + " values for the columns " + columns
                    + "; was the source's key changed?");
        }
        String column = columns.get(0);
        binds.add(values.get(0));
        if (columns.size() == 1) {
            return column + " > ?";
        }
        binds.add(values.get(0));
        return column + " > ? or (" + column + " = ? and ("
                + after(columns.subList(1, columns.size()), values.subList(1, values.size()), binds) + "))";
    }
}
