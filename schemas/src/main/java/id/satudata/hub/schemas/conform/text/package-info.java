/**
 * Text helpers and hand-written parsers of the conform engine (numbers, dates, month names, booleans). They are
 * immutable, allocation-light and report failure by returning {@code null} rather than throwing, because they run
 * once per field of every record. Internal to the conform engine; not a stable API.
 */
package id.satudata.hub.schemas.conform.text;
