package id.satudata.hub.connectors.push;

import id.satudata.hub.connectors.config.SettingType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as a pipeline declares them: bytes, or a whole number of {@code KB}, {@code MB} or {@code GB} (of 1024). */
final class ByteSizes {

    static final SettingType<Long> TYPE =
            SettingType.scalar("a size such as 16MB, 512KB or 1048576 (bytes)", ByteSizes::parse);

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(B|KB|MB|GB)?");

    private ByteSizes() {}

    static long parse(Object raw) {
        Matcher size = SIZE.matcher(String.valueOf(raw).trim().toUpperCase(Locale.ROOT));
        if (!size.matches()) {
            throw new IllegalArgumentException(
                    "must be a size such as 16MB, 512KB or 1048576 (bytes), was '" + raw + "'");
        }
        long number = Long.parseLong(size.group(1));
        String unit = size.group(2) == null ? "B" : size.group(2);
        return switch (unit) {
            case "KB" -> number << 10;
            case "MB" -> number << 20;
            case "GB" -> number << 30;
            default -> number;
        };
    }

    /** A size for messages: in the largest unit it is a whole number of. */
    static String format(long bytes) {
        String[] units = {"GB", "MB", "KB"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (30 - 10 * i);
            if (bytes >= unit && bytes % unit == 0) {
                return bytes / unit + units[i];
            }
        }
        return bytes + " bytes";
    }
}
