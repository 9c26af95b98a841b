package id.satudata.hub.catalog.api;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.Level;
import id.satudata.hub.schemas.reference.ReferenceSet;
import id.satudata.hub.schemas.reference.ReferenceSets;
import id.satudata.hub.schemas.reference.Region;
import id.satudata.hub.schemas.reference.RegionIndex;
import id.satudata.hub.schemas.reference.RegionKind;
import id.satudata.hub.schemas.reference.Vintage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The region-code endpoints over two vintages of a few Jakarta regions. */
@SpringBootTest(classes = {ApiTestApplication.class, ReferenceApiTest.References.class})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceApiTest {

    static final TestDatabase DATABASE = TestDatabase.h2();

    static final String WILAYAH = "/api/v1/reference/wilayah";

    @Autowired
    MockMvc http;

    @TestConfiguration
    static class References {
        @Bean
        ReferenceSets referenceSets() {
            return new ReferenceSets(List.of(
                    set("kemendagri-2025", "2025", LocalDate.of(2025, 1, 1), "Pal Merah"),
                    set("kemendagri-2022", "2022", LocalDate.of(2022, 1, 1), "Palmerah")));
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        DATABASE.register(properties);
    }

    @AfterAll
    void dropDatabase() {
        DATABASE.close();
    }

    @Test
    void shouldFindRegionsByNameLevelAndParentInTheNewestVintage() throws Exception {
        http.perform(get(WILAYAH).param("q", "PALMERAH"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value("kemendagri-2025"))
                .andExpect(jsonPath("$.entries[*].kode", contains("31.73.07")))
                .andExpect(jsonPath("$.entries[0].nama").value("Pal Merah"))
                .andExpect(jsonPath("$.entries[0].induk").value("31.73"))
                .andExpect(jsonPath("$.entries[0].level").value("kecamatan"));
        http.perform(get(WILAYAH).param("parent", "31").param("level", "kabupaten"))
                .andExpect(jsonPath("$.entries[*].kode", contains("31.71", "31.73")))
                .andExpect(jsonPath("$.entries[1].jenis").value("kota"));
    }

    @Test
    void shouldPageByCode() throws Exception {
        http.perform(get(WILAYAH).param("limit", "2"))
                .andExpect(jsonPath("$.entries[*].kode", contains("31", "31.71")))
                .andExpect(jsonPath("$.next").value("3171"))
                .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("after=3171")));
        http.perform(get(WILAYAH).param("limit", "2").param("after", "3171"))
                .andExpect(jsonPath("$.entries[*].kode", contains("31.73", "31.73.07")))
                .andExpect(jsonPath("$.next").doesNotExist());
    }

    @Test
    void shouldReadOneRegionByDottedOrCompactCodeInAnyVintage() throws Exception {
        http.perform(get(WILAYAH + "/31.73.07")).andExpect(jsonPath("$.nama").value("Pal Merah"));
        http.perform(get(WILAYAH + "/317307").param("vintage", "2022"))
                .andExpect(jsonPath("$.nama").value("Palmerah"));
    }

    @Test
    void shouldAnswerUnknownCodesAndVintagesWithStableProblemCodes() throws Exception {
        http.perform(get(WILAYAH + "/31.99"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("region_not_found"))
                .andExpect(jsonPath("$.kode").value("31.99"));
        http.perform(get(WILAYAH).param("vintage", "1999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("reference_not_found"));
        http.perform(get(WILAYAH).param("level", "rt"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_parameter"))
                .andExpect(jsonPath("$.parameter").value("level"));
    }

    private static ReferenceSet set(String name, String label, LocalDate date, String palmerah) {
        CodeSystem k = CodeSystem.KEMENDAGRI;
        return new ReferenceSet(
                name,
                k,
                new Vintage(label, "Kepmendagri " + label, date),
                new RegionIndex(List.of(
                        new Region("31", "Daerah Khusus Ibukota Jakarta", Level.PROVINSI, null, null, k),
                        new Region(
                                "3171",
                                "Kota Administrasi Jakarta Pusat",
                                Level.KABUPATEN_KOTA,
                                "31",
                                RegionKind.KOTA,
                                k),
                        new Region(
                                "3173",
                                "Kota Administrasi Jakarta Barat",
                                Level.KABUPATEN_KOTA,
                                "31",
                                RegionKind.KOTA,
                                k),
                        new Region("317307", palmerah, Level.KECAMATAN, "3173", null, k))));
    }
}
