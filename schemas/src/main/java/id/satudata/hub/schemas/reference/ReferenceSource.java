package id.satudata.hub.schemas.reference;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a reference set comes from, as configured: its name, code system, vintage and files.
 *
 * @param path a file or directory in the format of the system ({@link CodeSystem#KEMENDAGRI}: cahyadsn/wilayah
 *     CSV; {@link CodeSystem#BPS}: edwardsamuel/Wilayah-Administratif-Indonesia CSV)
 */
public record ReferenceSource(String name, CodeSystem system, Vintage vintage, Path path) {

    /**
     * Reads and indexes the files.
     *
     * @throws ReferenceLoadException naming the file and line of the first problem
     */
    public ReferenceSet load() {
        List<Region> regions = system == CodeSystem.KEMENDAGRI ? KemendagriFiles.read(path) : BpsFiles.read(path);
        if (regions.isEmpty()) {
            throw new ReferenceLoadException("reference set '" + name + "': no regions in " + path.toAbsolutePath());
        }
        return new ReferenceSet(name, system, vintage, new RegionIndex(regions));
    }
}
