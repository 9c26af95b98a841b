package id.satudata.hub.schemas.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads BPS codes in the format of the edwardsamuel/Wilayah-Administratif-Indonesia CSV files: no header, CRLF, one
 * region a line as {@code id,parent_id,name} ({@code id,name} for provinces), codes of 2, 4, 7 and 10 digits. The
 * path is one such file or a directory whose {@code .csv} files are all read ({@code provinces.csv},
 * {@code regencies.csv}, {@code districts.csv}, {@code villages.csv}).
 */
final class BpsFiles {

    private BpsFiles() {}

    static List<Region> read(Path path) {
        List<Region> regions = new ArrayList<>();
        for (Path file : RegionFiles.csvFiles(path, "")) {
            RegionFiles.lines(file, line -> regions.add(region(line)));
        }
        return regions;
    }

    private static Region region(RegionFiles.Line line) {
        List<String> cells = line.cells();
        if (cells.size() != 2 && cells.size() != 3) {
            throw line.problem("expected id,parent_id,name or id,name, was " + cells);
        }
        String code = cells.get(0).strip();
        Level level = code.chars().allMatch(Character::isDigit) ? CodeSystem.BPS.levelOf(code) : null;
        if (level == null) {
            throw line.problem("'" + code + "' is not a BPS code of 2, 4, 7 or 10 digits");
        }
        String parent = cells.size() == 3 ? cells.get(1).strip() : null;
        int parentLength = CodeSystem.BPS.parentLength(level);
        if (parentLength == 0
                ? parent != null
                : parent == null || !code.startsWith(parent) || parent.length() != parentLength) {
            throw line.problem("parent '" + parent + "' does not match code " + code);
        }
        String name = cells.get(cells.size() - 1);
        RegionKind kind =
                level == Level.KABUPATEN_KOTA ? NameKey.of(name, level).kind() : null;
        return new Region(code, name, level, parent, kind, CodeSystem.BPS);
    }
}
