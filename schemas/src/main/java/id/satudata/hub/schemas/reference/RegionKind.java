package id.satudata.hub.schemas.reference;

/**
 * Whether a second-level region is a kabupaten (regency) or a kota (city). Kota Bogor and Kabupaten Bogor are
 * different regions with the same name: the prefix of a name is what tells them apart.
 */
public enum RegionKind {
    KABUPATEN,
    KOTA
}
