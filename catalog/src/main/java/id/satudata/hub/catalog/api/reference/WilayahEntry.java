package id.satudata.hub.catalog.api.reference;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.Region;
import java.util.Locale;

/**
 * One region as the API shows it.
 *
 * @param kode as the code system writes it ({@code 32.01} for Kemendagri)
 * @param kodeCompact digits only ({@code 3201})
 * @param jenis {@code kabupaten} or {@code kota} for a second-level region, else {@code null}
 * @param induk the parent's code as the system writes it, {@code null} for a province
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WilayahEntry(
        String kode, String kodeCompact, String nama, String level, String jenis, String induk, String sistem) {

    static WilayahEntry of(Region region) {
        CodeSystem system = region.system();
        return new WilayahEntry(
                region.display(),
                region.code(),
                region.name().strip(),
                region.level().id(),
                region.kind() == null ? null : region.kind().name().toLowerCase(Locale.ROOT),
                region.parent() == null ? null : system.display(region.parent()),
                system.id());
    }
}
