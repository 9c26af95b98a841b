package id.satudata.hub.it.support;

import java.nio.charset.StandardCharsets;

/**
 * Generated CSV rows of the benchmark's 10-column dataset {@code bench-load} ({@link TestPaths#benchConfig()}): ids
 * 1 to {@code rows}, named {@code <name> <id>}, so that a second file with another name changes every record.
 */
public final class GeneratedRows {

    private GeneratedRows() {}

    public static byte[] csv(int rows, String name) {
        StringBuilder csv = new StringBuilder(rows * 90);
        csv.append("id,kode_wilayah,nama,tahun,tanggal,jumlah,nilai,rasio,aktif,kategori\n");
        String[] kategori = {"PERTANIAN", "INDUSTRI", "JASA", "PERDAGANGAN"};
        for (int i = 1; i <= rows; i++) {
            int year = 2000 + i % 25;
            csv.append(i)
                    .append(',')
                    .append(3200 + i % 28)
                    .append(',')
                    .append(name)
                    .append(' ')
                    .append(i)
                    .append(',');
            csv.append(year)
                    .append(',')
                    .append(year)
                    .append("-0")
                    .append(1 + i % 9)
                    .append("-1")
                    .append(i % 9);
            csv.append(',')
                    .append(i * 7L)
                    .append(',')
                    .append(i % 1000)
                    .append(".25,")
                    .append(i % 7 == 0 ? "" : "0.5");
            csv.append(',')
                    .append(i % 2 == 0)
                    .append(',')
                    .append(kategori[i % 4])
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
