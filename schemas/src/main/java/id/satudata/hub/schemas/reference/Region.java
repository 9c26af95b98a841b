package id.satudata.hub.schemas.reference;

/**
 * One region of a reference set.
 *
 * @param code the compact code, digits only ({@code 3201190006})
 * @param name the name as the reference writes it ({@code Kabupaten Bogor})
 * @param parent the compact code of the region above, or {@code null} for a province
 * @param kind kabupaten or kota for a second-level region whose name says so, else {@code null}
 */
public record Region(String code, String name, Level level, String parent, RegionKind kind, CodeSystem system) {

    /** The code as the system writes it: {@code 32.01.02.2001} for Kemendagri, {@code 3201190006} for BPS. */
    public String display() {
        return system.display(code);
    }

    /** For messages: {@code 32.77 Kota Cimahi}. */
    public String describe() {
        return display() + " " + name.strip();
    }
}
