package id.satudata.hub.connectors.file;

import java.util.Optional;

/**
 * A file pipeline's source position: the checksum of the file being read and how many of its data rows are
 * committed, {@code sha256:<hex>@<rows>}. After a crash the same file resumes after those rows.
 */
public record FilePosition(String checksum, long rows) {

    private static final String PREFIX = "sha256:";

    public static Optional<FilePosition> parse(String position) {
        if (position == null || !position.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int at = position.lastIndexOf('@');
        if (at < PREFIX.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FilePosition(
                    position.substring(PREFIX.length(), at), Long.parseLong(position.substring(at + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Rows of the file with this checksum already committed, 0 when the position is of another file. */
    public static long committedRows(Optional<String> position, String checksum) {
        return position.flatMap(FilePosition::parse)
                .filter(p -> p.checksum().equals(checksum))
                .map(FilePosition::rows)
                .orElse(0L);
    }

    @Override
    public String toString() {
        return PREFIX + checksum + "@" + rows;
    }
}
