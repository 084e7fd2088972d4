/**
 * JSON (and YAML, and NDJSON) for the Entente model, through Jackson 3.
 *
 * <ul>
 *   <li>{@link dev.entente.serialization.EntenteJson}: read and write documents with every
 *       guarantee of the format — strict members, UTF-8 only, limits, dossier validation.
 *   <li>{@link dev.entente.serialization.EntenteModule}: Entente's types in any Jackson mapper,
 *       found by {@code findAndAddModules()}.
 *   <li>{@link dev.entente.serialization.EntenteJsonException}: everything the reader refuses,
 *       each {@link dev.entente.serialization.JsonProblem} with its JSON Pointer, line and column.
 *   <li>{@link dev.entente.serialization.ReadLimits}: the bounds of a read — nesting depth,
 *       string, number, name and document lengths, and the most problems reported.
 *   <li>{@link dev.entente.serialization.EntenteSchema}: the JSON Schema of the format.
 * </ul>
 *
 * <pre>{@code
 * EntenteJson json = EntenteJson.standard();
 * Dossier dossier = json.readDossier(Path.of("story.json"));
 * String text = json.write(dossier);
 * }</pre>
 *
 * <p>The format is described member by member in the project's {@code serialization/FORMAT.md}.
 */
@org.jspecify.annotations.NullMarked
package dev.entente.serialization;
