package id.satudata.hub.routes.reference;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.ReferenceSet;
import id.satudata.hub.schemas.reference.ReferenceSets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** {@code hub.reference.wilayah} as the hub binds it: none by default, the real files when configured. */
class ReferenceConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReferenceProperties.class)
    @Import(ReferenceConfiguration.class)
    static class Hub {}

    private final ApplicationContextRunner hub = new ApplicationContextRunner().withUserConfiguration(Hub.class);

    @Test
    void shouldStartWithNoReferenceData() {
        hub.run(context ->
                assertThat(context.getBean(ReferenceSets.class).isEmpty()).isTrue());
    }

    @Test
    void shouldLoadBothCodeSystemsSideBySide() {
        hub.withPropertyValues(
                        "hub.reference.wilayah[0].name=kemendagri-2025",
                        "hub.reference.wilayah[0].path=" + shared("wilayah/cahyadsn"),
                        "hub.reference.wilayah[0].vintage=2025",
                        "hub.reference.wilayah[0].decree=Kepmendagri No 300.2.2-2138 Tahun 2025",
                        "hub.reference.wilayah[0].date=2025-04-01",
                        "hub.reference.wilayah[1].name=bps-2018",
                        "hub.reference.wilayah[1].system=bps",
                        "hub.reference.wilayah[1].path=" + shared("wilayah/edwardsamuel"))
                .run(context -> {
                    ReferenceSets sets = context.getBean(ReferenceSets.class);
                    ReferenceSet kemendagri = sets.newest(CodeSystem.KEMENDAGRI).orElseThrow();
                    assertThat(kemendagri.vintage().date()).isEqualTo(LocalDate.of(2025, 4, 1));
                    assertThat(kemendagri.regions().all()).hasSize(91_599);
                    assertThat(sets.named("bps-2018")
                                    .orElseThrow()
                                    .regions()
                                    .byCode("1101")
                                    .get(0)
                                    .name())
                            .isEqualTo("KABUPATEN SIMEULUE");
                });
    }

    @Test
    void shouldRefuseToStartWithASetThatCannotBeRead() {
        hub.withPropertyValues(
                        "hub.reference.wilayah[0].name=kemendagri-2025", "hub.reference.wilayah[0].path=tidak-ada")
                .run(context -> assertThat(context).hasFailed());
    }

    private static Path shared(String relative) {
        String dir = System.getProperty("shared.data.dir");
        return (dir != null ? Path.of(dir) : Path.of("../../shared/data"))
                .resolve(relative)
                .toAbsolutePath();
    }
}
