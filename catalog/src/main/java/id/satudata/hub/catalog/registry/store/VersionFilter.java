package id.satudata.hub.catalog.registry.store;

/** Which versions a listing shows, as Confluent's {@code deleted} and {@code deletedOnly} parameters say. */
public enum VersionFilter {
    LIVE,
    INCLUDE_DELETED,
    DELETED_ONLY;

    public static VersionFilter of(boolean deleted, boolean deletedOnly) {
        if (deletedOnly) {
            return DELETED_ONLY;
        }
        return deleted ? INCLUDE_DELETED : LIVE;
    }

    public boolean accepts(boolean deletedRow) {
        return switch (this) {
            case LIVE -> !deletedRow;
            case INCLUDE_DELETED -> true;
            case DELETED_ONLY -> deletedRow;
        };
    }
}
