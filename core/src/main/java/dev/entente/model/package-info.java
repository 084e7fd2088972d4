/**
 * The model of bilateral diplomacy: who met whom, as which office, where and when; what they said
 * together and apart; which positions they took; which meetings they planned.
 *
 * <p>Every type is an immutable value with one public name, built with {@code builder()} (or
 * {@code of(...)}), copied with {@code withX(...)}, and compared by value. Values check their own
 * invariants when built and throw {@link dev.entente.model.InvalidValueException} naming the
 * attribute and the bad value. Optional attributes are {@link java.util.Optional}; collections are
 * immutable and never null.
 *
 * <ul>
 *   <li>Actors: {@link dev.entente.model.State} (by {@link dev.entente.model.CountryCode}),
 *       {@link dev.entente.model.Grouping}, {@link dev.entente.model.GovernmentBody},
 *       {@link dev.entente.model.Person} with {@link dev.entente.model.Tenure tenures} of
 *       {@link dev.entente.model.Office offices}.
 *   <li>Engagements: {@link dev.entente.model.Dialogue} (a session of a
 *       {@link dev.entente.model.DialogueSeries}) and {@link dev.entente.model.Meeting}; plans:
 *       {@link dev.entente.model.PlannedMeeting} with its lifecycle.
 *   <li>Statements: {@link dev.entente.model.JointStatement},
 *       {@link dev.entente.model.UnilateralStatement}, {@link dev.entente.model.Remarks}, holding
 *       {@link dev.entente.model.Position positions} such as
 *       {@link dev.entente.model.Condemnation}.
 *   <li>Provenance: {@link dev.entente.model.Source}, {@link dev.entente.model.Evidence},
 *       {@link dev.entente.model.Wording}, {@link dev.entente.model.DateClaim}.
 *   <li>One story: {@link dev.entente.model.Dossier}, whose records point at each other with
 *       {@link dev.entente.model.Ref typed references}.
 * </ul>
 *
 * <pre>{@code
 * Dialogue ninth = Dialogue.builder()
 *     .id("strategic-dialogue-9")
 *     .series(Ref.of("rok-uk-strategic-dialogue"))
 *     .ordinal(9)
 *     .addSides(Ref.of("rok"), Ref.of("uk"))
 *     .date(FuzzyDate.parse("2024-10-21"))
 *     .build();
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.entente.model;
