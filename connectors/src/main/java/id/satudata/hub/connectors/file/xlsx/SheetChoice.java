package id.satudata.hub.connectors.file.xlsx;

import id.satudata.hub.connectors.file.UnreadableFileException;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Finds the sheet a pipeline declares: by name first, then, for a number, by position (1 for the first), because
 * a sheet may well be named {@code 2020}. A sheet that is not there fails the file with the sheets it has.
 */
final class SheetChoice {

    private SheetChoice() {}

    static Sheet find(ReadableWorkbook workbook, String declared, String fileName) {
        if (declared == null || declared.isBlank()) {
            return workbook.getFirstSheet();
        }
        Optional<Sheet> named = workbook.findSheet(declared);
        if (named.isPresent()) {
            return named.get();
        }
        if (declared.length() < 6 && declared.chars().allMatch(Character::isDigit)) {
            int position = Integer.parseInt(declared);
            Optional<Sheet> numbered = position < 1 ? Optional.empty() : workbook.getSheet(position - 1);
            if (numbered.isPresent()) {
                return numbered.get();
            }
        }
        List<String> names = workbook.getSheets().map(Sheet::getName).toList();
        throw new UnreadableFileException(fileName + " has no sheet '" + declared + "'; its sheets are " + names
                + " (source.sheet takes a name, or a position from 1)");
    }
}
