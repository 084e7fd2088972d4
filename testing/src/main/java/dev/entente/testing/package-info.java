/**
 * AssertJ assertions for Entente's model and documents, for users' tests and Entente's own.
 *
 * <p>{@link dev.entente.testing.EntenteAssertions} is the one entry point: its {@code
 * assertThat} overloads take a dossier, an engagement, a planned meeting, a statement, a
 * position, an instrument or a fuzzy date,
 * and {@code assertThatJson} a JSON document (a string, bytes or a file). They sit side by side
 * with AssertJ's own {@code assertThat}. {@link dev.entente.testing.EntenteSoftAssertions} gives
 * the same assertions softly, collecting every failure of a test.
 *
 * <pre>{@code
 * import static dev.entente.testing.EntenteAssertions.assertThat;
 * import static dev.entente.testing.EntenteAssertions.assertThatJson;
 *
 * assertThat(dossier).isValid();
 * assertThat(dossier).dialogue("strategic-dialogue-9").hasOrdinal(9);
 * assertThatJson(Path.of("story.json")).isValidDossier().roundTripsLosslessly();
 * }</pre>
 *
 * <p>A failing assertion says what was expected and what was found in the record's own terms (a
 * position's kind, its holders, an engagement's sides). {@link dev.entente.testing.SampleDossiers}
 * has ready-made valid dossiers to start a test from. Checking a document against the shipped
 * JSON Schema needs networknt's {@code json-schema-validator} on the test path, an optional
 * dependency of this module; the generators in {@code dev.entente.testing.generators} need
 * jqwik.
 */
package dev.entente.testing;
