package id.satudata.hub.catalog.registry;

/**
 * A version as a client names it: a number from 1 to 2^31-1, or {@code latest} (also spelled {@code -1}), the
 * subject's latest live version. Anything else is Confluent's 42202.
 */
public record VersionId(int value) {

    public static final VersionId LATEST = new VersionId(-1);

    public VersionId {
        if (value <= 0 && value != -1) {
            throw RegistryErrors.invalidVersion(String.valueOf(value));
        }
    }

    public static VersionId parse(String version) {
        String trimmed = version == null ? "" : version.trim();
        if (trimmed.equalsIgnoreCase("latest")) {
            return LATEST;
        }
        try {
            int value = Integer.parseInt(trimmed);
            if (value <= 0 && value != -1) {
                throw RegistryErrors.invalidVersion(version);
            }
            return new VersionId(value);
        } catch (NumberFormatException notANumber) {
            throw RegistryErrors.invalidVersion(version);
        }
    }

    public boolean latest() {
        return value == -1;
    }
}
