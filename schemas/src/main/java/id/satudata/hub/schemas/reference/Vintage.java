package id.satudata.hub.schemas.reference;

import java.time.LocalDate;

/**
 * Which edition of a code list a reference set is: codes are split, merged and renamed by each decree (code
 * {@code 94} was Papua in 2018 and is Papua Tengah in 2025), so a dataset is checked against a named edition.
 *
 * @param label a short name such as {@code 2025}
 * @param decree the decree or release it follows, e.g. {@code Kepmendagri No 300.2.2-2138 Tahun 2025}
 * @param date when that edition took effect, or {@code null} when unknown
 */
public record Vintage(String label, String decree, LocalDate date) {}
