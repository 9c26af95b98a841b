package id.satudata.hub.schemas.conform.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTransformsTest {

    @Test
    void shouldTrimSpacesTabsAndNoBreakSpaces() {
        assertThat(Trim.INSTANCE.apply(" \t\u00A0Bogor\u00A0 ")).isEqualTo("Bogor");
        assertThat(Trim.INSTANCE.apply("Bogor")).isSameAs("Bogor");
        assertThat(Trim.INSTANCE.apply(null)).isNull();
    }

    @Test
    void shouldCollapseEveryRunOfWhitespaceToOneSpaceAndTrim() {
        assertThat(CollapseSpaces.INSTANCE.apply("  KABUPATEN \u00A0 \t BOGOR\n"))
                .isEqualTo("KABUPATEN BOGOR");
        assertThat(CollapseSpaces.INSTANCE.apply("KOTA\u00A0BANDUNG")).isEqualTo("KOTA BANDUNG");
        assertThat(CollapseSpaces.INSTANCE.apply("   ")).isEmpty();
    }

    @Test
    void shouldReturnTheSameTextWhenNothingNeedsCollapsing() {
        String clean = "Kota Bandung";
        assertThat(CollapseSpaces.INSTANCE.apply(clean)).isSameAs(clean);
        assertThat(CollapseSpaces.INSTANCE.apply(null)).isNull();
    }

    @Test
    void shouldChangeCaseIndependentlyOfTheDefaultLocale() {
        assertThat(UpperCase.INSTANCE.apply("kabupaten bogor")).isEqualTo("KABUPATEN BOGOR");
        assertThat(LowerCase.INSTANCE.apply("KOTA DEPOK")).isEqualTo("kota depok");
        assertThat(UpperCase.INSTANCE.apply("indramayu")).isEqualTo("INDRAMAYU");
    }

    @Test
    void shouldTitleCaseIndonesianNames() {
        assertThat(TitleCase.INSTANCE.apply("KABUPATEN BOGOR")).isEqualTo("Kabupaten Bogor");
        assertThat(TitleCase.INSTANCE.apply("kota bandung")).isEqualTo("Kota Bandung");
        assertThat(TitleCase.INSTANCE.apply("KABUPATEN BANDUNG-BARAT")).isEqualTo("Kabupaten Bandung-Barat");
    }

    @Test
    void shouldKeepIndonesianFunctionWordsLowerCaseExceptFirst() {
        assertThat(TitleCase.INSTANCE.apply("DINAS PENDIDIKAN DAN KEBUDAYAAN"))
                .isEqualTo("Dinas Pendidikan dan Kebudayaan");
        assertThat(TitleCase.INSTANCE.apply("DI YOGYAKARTA")).isEqualTo("Di Yogyakarta");
        assertThat(TitleCase.INSTANCE.apply("HARI JUM'AT")).isEqualTo("Hari Jum'at");
    }

    @Test
    void shouldReplaceLiteralTextNotRegularExpressions() {
        assertThat(new Replace(".", "").apply("1.234.567")).isEqualTo("1234567");
        assertThat(new Replace("KAB.", "KABUPATEN").apply("KAB. BOGOR")).isEqualTo("KABUPATEN BOGOR");
        assertThat(new Replace("-", null).apply("32-01")).isEqualTo("3201");
    }

    @Test
    void shouldRefuseToReplaceEmptyText() {
        assertThatThrownBy(() -> new Replace("", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldUseDefaultOnlyWhenTheValueIsMissingOrBlank() {
        DefaultValue zero = new DefaultValue("0");
        assertThat(zero.apply(null)).isEqualTo("0");
        assertThat(zero.apply(" \u00A0")).isEqualTo("0");
        assertThat(zero.apply("12")).isEqualTo("12");
    }

    @Test
    void shouldDeclareEveryTransformByName() {
        assertThat(TransformKind.names())
                .containsExactly("trim", "collapse-spaces", "upper", "lower", "title", "replace", "scale", "default");
        assertThat(TransformKind.named("scale").create(java.util.Map.of("value", "1000")))
                .isEqualTo(new Scale(new java.math.BigDecimal("1000")));
    }
}
