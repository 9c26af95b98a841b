package id.satudata.hub.connectors.file.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * The value of a cell as the text a mapping parses: the stored value, not the value as the sheet shows it, so that a
 * number formatted {@code #,##0} or {@code 0%} keeps every digit ({@code 410988}, {@code 0.125}) whatever the
 * reader's locale. Dates, which Excel stores as day counts, become ISO dates ({@code 2024-01-31}) or date-times
 * ({@code 2024-01-31T08:30}), which the conform engine's default date and timestamp parsing reads. A formula gives
 * its cached result, an error cell its code ({@code #DIV/0!}), which conform then quarantines for a typed field.
 */
final class XlsxCells {

    private XlsxCells() {}

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getType();
        if (type == CellType.NUMBER) {
            return ExcelDateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString())
                    ? isoDate(cell.asDate())
                    : number(cell.asNumber());
        }
        if (type == CellType.STRING || type == CellType.BOOLEAN) {
            return cell.getText();
        }
        String raw = cell.getRawValue();
        return raw == null ? "" : raw;
    }

    private static String number(BigDecimal value) {
        return value.scale() > 0 ? value.stripTrailingZeros().toPlainString() : value.toPlainString();
    }

    private static String isoDate(LocalDateTime value) {
        return value.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? value.toLocalDate().toString()
                : value.toString();
    }
}
