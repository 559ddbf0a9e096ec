/**
 * Typed records of the claims tables: one Java record per table of Decision 130/QĐ-BYT as amended by 4750/QĐ-BYT
 * ({@link vn.emr.claims.table.typed.CheckIn} for XML0, {@link vn.emr.claims.table.typed.Summary} for XML1 ...
 * {@link vn.emr.claims.table.typed.TuberculosisTreatment} for XML15), every field in official order under the
 * camelCase of its official name, typed from the field catalogue: {@code String} for text, {@code Integer} or
 * {@code Long} for whole numbers (by size), {@code BigDecimal} for decimals, {@code LocalDate} for {@code yyyyMMdd},
 * {@code LocalDateTime} for {@code yyyyMMddHHmm}, {@code String} where the form allows a partial date, and
 * {@code List<String>} for a field of several values joined by {@code ;}.
 *
 * <p>A field mandatory in every profile is a plain component; every other field is an {@code Optional} (a list is
 * empty when absent). {@code toTableRecord(profile)} writes the record as a {@link vn.emr.claims.table.TableRecord}
 * through its builder, so every catalogue rule of the profile applies and nothing is truncated; {@code from(record)}
 * parses one back. XML13 holds the fields of every profile in one record (Decision 3176 renamed three fields and
 * removed two); a field the chosen profile's table lacks must be empty. {@code TypedRecordsTest} proves that records
 * and catalogue agree for every table of every profile. The record sources are Java written against the catalogue and
 * kept in step by that test.
 */
package vn.emr.claims.table.typed;
