package id.satudata.hub.catalog.store;

/**
 * What the sweep at the end of a full snapshot did.
 *
 * @param deleted the records deleted because the snapshot did not see their keys
 * @param quarantined records of the snapshot that did not conform: their keys are unknown, so that when there are
 *     any the sweep deletes nothing rather than a record whose new version only failed to conform
 */
public record SweepOutcome(long deleted, long quarantined) {

    public boolean skipped() {
        return quarantined > 0;
    }
}
