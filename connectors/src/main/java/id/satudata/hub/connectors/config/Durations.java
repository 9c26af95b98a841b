package id.satudata.hub.connectors.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in settings: {@code 200ms}, {@code 5s}, {@code 1m}, {@code 1h}, or {@code PT5S}. */
public final class Durations {

    /** What {@link #parse} accepts, for messages. */
    public static final String ALLOWED = "a duration such as 200ms, 5s, 1m, 1h or PT5S";

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private Durations() {}

    /**
     * The duration a text denotes.
     *
     * @throws IllegalArgumentException when the text is neither a number with a unit nor ISO-8601
     */
    public static Duration parse(String text) {
        String trimmed = text.trim();
        Matcher matcher = SHORT.matcher(trimmed);
        if (matcher.matches()) {
            long amount;
            try {
                amount = Long.parseLong(matcher.group(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be " + ALLOWED + ", was '" + text + "' (too large)");
            }
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        if (trimmed.length() > 1 && (trimmed.charAt(0) == 'P' || trimmed.charAt(0) == 'p')) {
            try {
                return Duration.parse(trimmed);
            } catch (DateTimeParseException e) {
                // reported below with what is allowed
            }
        }
        throw new IllegalArgumentException("must be " + ALLOWED + ", was '" + text + "'");
    }

    /** The shortest of the forms {@link #parse} accepts, e.g. {@code 1500ms}, {@code 5s}, {@code 1m}. */
    public static String format(Duration duration) {
        if (duration.isNegative() || duration.getNano() % 1_000_000 != 0) {
            return duration.toString();
        }
        long millis = duration.toMillis();
        if (millis == 0 || millis % 1000 != 0) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
