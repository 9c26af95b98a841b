package id.satudata.hub.catalog.api.reference;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.api.Paging;
import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.Level;
import id.satudata.hub.schemas.reference.ReferenceSet;
import id.satudata.hub.schemas.reference.ReferenceSets;
import id.satudata.hub.schemas.reference.Region;
import id.satudata.hub.schemas.reference.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reference/wilayah")
@Tag(name = "Reference", description = "Region codes (kode wilayah) of the loaded Kemendagri and BPS reference sets")
public class WilayahController {

    private final ObjectProvider<ReferenceSets> sets;
    private final WilayahSearch search = new WilayahSearch();

    public WilayahController(ObjectProvider<ReferenceSets> sets) {
        this.sets = sets;
    }

    @GetMapping
    @Operation(summary = "Find regions by name, level and parent, by code")
    public ResponseEntity<WilayahPage> list(
            @Parameter(description = "Part of the name; case, spaces and kabupaten/kota prefixes do not count")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "provinsi, kabupaten, kecamatan or desa") @RequestParam(required = false)
                    String level,
            @Parameter(description = "Only the regions directly under this code (dotted or compact)")
                    @RequestParam(required = false)
                    String parent,
            @Parameter(description = "A reference set name or vintage label; default the newest Kemendagri set")
                    @RequestParam(required = false)
                    String vintage,
            @Parameter(description = "Entries per page, 1 to " + Paging.MAX_LIMIT) @RequestParam(defaultValue = "100")
                    int limit,
            @Parameter(description = "The 'next' value of the previous page") @RequestParam(required = false)
                    String after) {
        Paging.checkLimit(limit);
        ReferenceSet set = set(vintage);
        Level wanted = level == null ? null : Level.named(level);
        if (level != null && wanted == null) {
            throw invalid("level", level, "level must be one of " + String.join(", ", Level.ids()));
        }
        String scope = parent == null ? null : RegionCode.compact(parent, set.system());
        if (parent != null && scope == null) {
            throw invalid("parent", parent, "parent must be a " + set.system().id() + " region code");
        }
        List<Region> page = search.find(set.regions(), q, wanted, parent == null ? null : scope, after, limit + 1);
        String next = page.size() > limit ? page.get(limit - 1).code() : null;
        List<WilayahEntry> entries =
                page.stream().limit(limit).map(WilayahEntry::of).toList();
        return Paging.page(new WilayahPage(set.name(), set.describe(), entries, next), "after", next);
    }

    @GetMapping("/{kode}")
    @Operation(summary = "One region by its code, dotted (32.01) or compact (3201)")
    public WilayahEntry get(
            @PathVariable String kode,
            @Parameter(description = "A reference set name or vintage label; default the newest Kemendagri set")
                    @RequestParam(required = false)
                    String vintage) {
        ReferenceSet set = set(vintage);
        String code = RegionCode.compact(kode, set.system());
        List<Region> regions = code == null ? List.of() : set.regions().byCode(code);
        if (regions.isEmpty()) {
            throw new ApiException(
                            ApiErrorCode.REGION_NOT_FOUND, "No region with code '" + kode + "' in " + set.describe())
                    .with("kode", kode)
                    .with("reference", set.name());
        }
        return WilayahEntry.of(regions.get(0));
    }

    private ReferenceSet set(String vintage) {
        ReferenceSets loaded = sets.getIfAvailable(ReferenceSets::none);
        return (vintage == null
                        ? loaded.newest(CodeSystem.KEMENDAGRI)
                        : loaded.forVintage(vintage, CodeSystem.KEMENDAGRI))
                .orElseThrow(() -> new ApiException(
                                ApiErrorCode.REFERENCE_NOT_FOUND,
                                vintage == null
                                        ? "No Kemendagri reference set is loaded (hub.reference.wilayah)"
                                        : "No reference set or vintage '" + vintage + "' is loaded")
                        .with("vintage", String.valueOf(vintage)));
    }

    private static ApiException invalid(String parameter, String value, String detail) {
        return new ApiException(ApiErrorCode.INVALID_PARAMETER, detail)
                .with("parameter", parameter)
                .with("value", value);
    }
}
