package id.satudata.hub.schemas.reference;

/**
 * One loaded code list: its name (how mappings and the API refer to it, e.g. {@code kemendagri-2025}), its code
 * system and vintage, and its regions, indexed.
 */
public record ReferenceSet(String name, CodeSystem system, Vintage vintage, RegionIndex regions) {

    /** For messages: {@code kemendagri-2025 (Kepmendagri No 300.2.2-2138 Tahun 2025)}. */
    public String describe() {
        return vintage.decree() == null || vintage.decree().isBlank() ? name : name + " (" + vintage.decree() + ")";
    }
}
