package id.satudata.hub.schemas.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Kemendagri codes in the format of the cahyadsn/wilayah CSV export: a header with {@code kode} (dotted,
 * {@code 11.01.01.2001}) and {@code nama}, optionally {@code kode_induk} and {@code jenis} ({@code Kabupaten},
 * {@code Kota}, {@code Desa}, ...). The path is one such file ({@code wilayah_all.csv}) or a directory whose
 * {@code level*.csv} files ({@code level1_provinsi.csv} .. {@code level4_desa_kelurahan.csv}) are read. The level
 * and parent follow from the dotted code; names are kept as written (five end with a space).
 */
final class KemendagriFiles {

    private KemendagriFiles() {}

    static List<Region> read(Path path) {
        List<Region> regions = new ArrayList<>();
        for (Path file : RegionFiles.csvFiles(path, "level")) {
            int[] columns = new int[3]; // kode, nama, jenis
            RegionFiles.lines(file, line -> {
                if (line.number() == 1 || columns[1] == 0 && line.cells().contains("kode")) {
                    columns[0] = line.cells().indexOf("kode");
                    columns[1] = line.cells().indexOf("nama");
                    columns[2] = line.cells().indexOf("jenis");
                    if (columns[0] < 0 || columns[1] < 0) {
                        throw line.problem("expected a header with the columns kode and nama, was " + line.cells());
                    }
                    return;
                }
                regions.add(region(line, columns));
            });
        }
        return regions;
    }

    private static Region region(RegionFiles.Line line, int[] columns) {
        List<String> cells = line.cells();
        if (cells.size() <= Math.max(columns[0], columns[1])) {
            throw line.problem("expected at least " + (Math.max(columns[0], columns[1]) + 1) + " cells, was " + cells);
        }
        String dotted = cells.get(columns[0]).strip();
        String code =
                dotted.contains(".") || dotted.length() == 2 ? RegionCode.compact(dotted, CodeSystem.KEMENDAGRI) : null;
        Level level = code == null ? null : CodeSystem.KEMENDAGRI.levelOf(code);
        if (level == null) {
            throw line.problem("'" + dotted + "' is not a dotted Kemendagri code such as 11.01.01.2001");
        }
        String name = cells.get(columns[1]);
        String jenis = columns[2] >= 0 && columns[2] < cells.size() ? cells.get(columns[2]) : "";
        RegionKind kind = level != Level.KABUPATEN_KOTA
                ? null
                : "Kota".equalsIgnoreCase(jenis.strip())
                        ? RegionKind.KOTA
                        : "Kabupaten".equalsIgnoreCase(jenis.strip())
                                ? RegionKind.KABUPATEN
                                : NameKey.of(name, level).kind();
        String parent = level == Level.PROVINSI ? null : code.substring(0, CodeSystem.KEMENDAGRI.parentLength(level));
        return new Region(code, name, level, parent, kind, CodeSystem.KEMENDAGRI);
    }
}
