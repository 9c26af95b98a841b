/**
 * The transforms a mapping can apply to a raw value before it is parsed: one small, pure, thread-safe class
 * each, declared with their arguments in {@link id.satudata.hub.schemas.conform.transform.TransformKind}.
 * Internal to the conform engine; not a stable API.
 */
package id.satudata.hub.schemas.conform.transform;
