package id.satudata.hub.connectors.sftp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the last look at the remote directory found, for the pipeline's status.
 *
 * @param location {@code sftp://user@host:port/directory}
 * @param listedAt when the directory was last listed; {@code null} before the first listing
 * @param found files the listing holds that the pipeline includes
 * @param downloaded of those, the files downloaded by this listing
 * @param unchanged of those, the files left alone because they were downloaded before and did not change
 */
public record RemoteListing(String location, Instant listedAt, int found, int downloaded, int unchanged) {

    /** Where the files will come from, before the first listing. */
    public static RemoteListing notYet(String location) {
        return new RemoteListing(location, null, 0, 0, 0);
    }

    /** The listing as a pipeline's status detail. */
    public Map<String, Object> detail() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("location", location);
        if (listedAt != null) {
            detail.put("listed_at", listedAt.toString());
            detail.put("files_found", found);
            detail.put("files_downloaded", downloaded);
            detail.put("files_unchanged", unchanged);
        }
        return detail;
    }
}
