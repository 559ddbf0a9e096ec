/**
 * The national e-prescription of Decision 808/QD-BYT (Part V, the {@code gui-don-thuoc} JSON sent to the national
 * prescription system): the prescription value and its 14-character code, building prescriptions from an encounter's
 * medication lines (one per type), the rules of Circular 26/2025/TT-BYT and Decision 425/QD-BYT as a coded
 * {@link vn.emr.core.validation.ValidationReport}, and the system's response and the pharmacy's update
 * ({@code cap-nhat-don-thuoc}, Decision 228/QD-QLD). What is built and each rule's source: {@code docs/e-prescription.md}.
 */
package vn.emr.core.prescription;
