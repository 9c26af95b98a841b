package id.satudata.hub.connectors.file.table;

import id.satudata.hub.schemas.conform.RawRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One unpivoted column of a wide row: the row's other columns as they are, the column's name in the name field and
 * its value in the value field; the other unpivoted columns are hidden.
 */
record UnpivotedRecord(RawRecord row, Unpivot unpivot, String column) implements RawRecord {

    @Override
    public Object get(String field) {
        if (field.equals(unpivot.nameField())) {
            return column;
        }
        if (field.equals(unpivot.valueField())) {
            return row.get(column);
        }
        return unpivot.unpivots(field) ? null : row.get(field);
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        row.asMap().forEach((name, value) -> {
            if (!unpivot.unpivots(name)) {
                map.put(name, value);
            }
        });
        map.put(unpivot.nameField(), column);
        map.put(unpivot.valueField(), row.asMap().get(column));
        return map;
    }
}
