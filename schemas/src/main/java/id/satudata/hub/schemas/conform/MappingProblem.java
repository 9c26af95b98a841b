package id.satudata.hub.schemas.conform;

/**
 * One mistake in a mapping, found before any record is read.
 *
 * @param path where in the declaration, relative to the mapping, e.g. {@code jumlah.transforms[1].value}
 * @param message what is wrong and what is allowed
 */
public record MappingProblem(String path, String message) {}
