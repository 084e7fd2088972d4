/**
 * Test support for users of Entente: AssertJ assertions with one entry point,
 * {@link dev.entente.testing.EntenteAssertions}, and jqwik generators of valid records in
 * {@code dev.entente.testing.generators}.
 *
 * <p>jqwik is needed only for the generators, and networknt's json-schema-validator only for
 * {@link dev.entente.testing.JsonAssert#conformsToSchema()}: both are optional dependencies that
 * a user adds when using those parts.
 */
module dev.entente.testing {
  requires transitive dev.entente.core;
  requires transitive dev.entente.serialization;
  requires transitive org.assertj.core;
  // The generators return jqwik types: whoever uses them reads jqwik too.
  requires static transitive net.jqwik.api;
  requires static com.networknt.schema;

  exports dev.entente.testing;
  exports dev.entente.testing.generators;

  // AssertJ's soft assertions subclass the assertion classes at run time, in their package.
  opens dev.entente.testing to org.assertj.core;
}
