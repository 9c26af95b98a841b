/**
 * Coercion of a raw value (text, or an already typed JSON scalar) to the Java value of one Avro type, with the
 * parse options that apply to it. Failure is a returned {@link id.satudata.hub.schemas.conform.coerce.Failure},
 * not an exception: a file with a bad column fails on every row. Internal to the conform engine; not a stable API.
 */
package id.satudata.hub.schemas.conform.coerce;
