package id.satudata.hub.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void shouldIgnoreCaseSpacingTrailingSpacesAndApostropheVariants() {
        assertThat(key("Pal Merah", Level.KECAMATAN)).isEqualTo(key("Palmerah", Level.KECAMATAN));
        assertThat(key("BOJONG KULUR", Level.DESA_KELURAHAN)).isEqualTo(key("Bojongkulur", Level.DESA_KELURAHAN));
        assertThat(key("Regapu’u", Level.DESA_KELURAHAN)).isEqualTo(key("REGAPU'U ", Level.DESA_KELURAHAN));
        assertThat(key("Kramat\u00A0 Jati", Level.KECAMATAN)).isEqualTo("KRAMATJATI");
    }

    @Test
    void shouldDropKabupatenAndKotaPrefixesButKeepWhichOneItWas() {
        assertThat(NameKey.of("Kota Adm. Jakarta Pusat", Level.KABUPATEN_KOTA))
                .isEqualTo(new NameKey("JAKARTAPUSAT", RegionKind.KOTA));
        assertThat(NameKey.of("KOTA ADMINISTRASI JAKARTA UTARA ", Level.KABUPATEN_KOTA))
                .isEqualTo(new NameKey("JAKARTAUTARA", RegionKind.KOTA));
        assertThat(NameKey.of("Kab. Adm. Kep. Seribu", Level.KABUPATEN_KOTA))
                .isEqualTo(new NameKey("KEPULAUANSERIBU", RegionKind.KABUPATEN));
        assertThat(NameKey.of("KABUPATEN BOGOR", Level.KABUPATEN_KOTA))
                .isEqualTo(new NameKey("BOGOR", RegionKind.KABUPATEN));
        assertThat(NameKey.of("Bogor", Level.KABUPATEN_KOTA)).isEqualTo(new NameKey("BOGOR", null));
        assertThat(NameKey.of("Kotabaru", Level.KABUPATEN_KOTA)).isEqualTo(new NameKey("KOTABARU", null));
    }

    @Test
    void shouldDropProvincePrefixesOnlyAtProvinceLevel() {
        assertThat(key("DKI JAKARTA", Level.PROVINSI)).isEqualTo(key("Daerah Khusus Ibukota Jakarta", Level.PROVINSI));
        assertThat(key("DI YOGYAKARTA", Level.PROVINSI)).isEqualTo(key("Daerah Istimewa Yogyakarta", Level.PROVINSI));
        assertThat(key("Provinsi Jawa Barat", Level.PROVINSI)).isEqualTo("JAWABARAT");
        assertThat(key("Kota Baru", Level.DESA_KELURAHAN)).isEqualTo("KOTABARU");
        assertThat(key("Desa Baru", Level.DESA_KELURAHAN)).isEqualTo("DESABARU");
    }

    @Test
    void shouldReadRomanNumeralWordsAsNumbers() {
        assertThat(key("Cibatok I", Level.DESA_KELURAHAN)).isEqualTo(key("CIBATOK 1", Level.DESA_KELURAHAN));
        assertThat(key("I Gusti", Level.DESA_KELURAHAN)).isEqualTo("IGUSTI");
    }

    @Test
    void shouldCompareAPrefixOnlyNameWhole() {
        assertThat(NameKey.of("KOTA", Level.KABUPATEN_KOTA)).isEqualTo(new NameKey("KOTA", null));
    }

    private static String key(String name, Level level) {
        return NameKey.of(name, level).key();
    }
}
