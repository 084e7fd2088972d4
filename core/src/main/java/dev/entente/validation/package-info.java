/**
 * Validation of a whole dossier: the rules that span records.
 *
 * <p>Each record of {@code dev.entente.model} checks itself when built (a dialogue has two distinct
 * sides, a condemnation names a conduct). What no record can check alone is checked here: that
 * every reference points at a record of the right kind, that sides are states or groupings of
 * two countries, that persons named as an office held it on the day (taking part in an engagement
 * as an office is itself evidence of that: see {@link dev.entente.model.Dossier#holding}), that
 * a participant acts for one side and as none of the other side's offices, that ordinals and
 * lifecycle changes are in order, and so on. {@link dev.entente.validation.ViolationCode} lists every rule.
 *
 * <p>{@link dev.entente.validation.DossierValidator#validate} returns every violation, in document
 * order, each with a JSON Pointer to the bad value, a stable code and a message:
 *
 * <pre>{@code
 * List<Violation> violations = DossierValidator.validate(dossier);
 * for (Violation violation : violations) {
 *   // /engagements/0/participants/2/office: dangling-reference:
 *   //     reference "uk-foreign-sec" points at no Office in the dossier
 *   System.out.println(violation);
 * }
 * if (violations.stream().anyMatch(v -> v.code() == ViolationCode.DANGLING_REFERENCE)) {
 *   // refuse to publish
 * }
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.entente.validation;
