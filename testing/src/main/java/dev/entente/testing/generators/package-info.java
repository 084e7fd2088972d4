/**
 * jqwik generators of Entente values, for property tests: arbitraries of every type of the core
 * model, and of whole dossiers.
 *
 * <p>Every generated value builds without an exception, so it respects the invariants its type
 * checks when built (two distinct sides, a host among the sides, a term that does not end before
 * it starts). The valid-dossier generators go further: the dossiers they produce also pass
 * {@link dev.entente.validation.DossierValidator}, with every reference resolved, so they can be
 * written and read back, exported or compared. Optional members are sometimes present and
 * sometimes absent, lists sometimes empty and sometimes long, texts mix scripts, and fuzzy dates
 * are of every precision, qualified now and then.
 *
 * <p>jqwik is an optional dependency of {@code entente-testing}: a test that uses these generators
 * has {@code net.jqwik:jqwik} on its path already.
 */
package dev.entente.testing.generators;
