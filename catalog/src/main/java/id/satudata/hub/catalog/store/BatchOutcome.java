package id.satudata.hub.catalog.store;

/** What applying one batch did; {@code stored + unchanged + deleted + quarantined} equals the batch's read. */
public record BatchOutcome(long stored, long unchanged, long deleted, long quarantined) {}
