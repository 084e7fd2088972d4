/**
 * Entente's domain model of bilateral diplomacy.
 */
// Immutables' annotation jars are automatic modules (they have no module-info), which javac's
// "requires-automatic" lint warns of. They are read at compile time only (requires static) and no
// generated type keeps an annotation from them, so the warning does not concern users.
@SuppressWarnings("requires-automatic")
module dev.entente.core {
  requires static org.immutables.value.annotations;
  requires static org.immutables.annotate;
  requires static org.jspecify;

  exports dev.entente.model;
  exports dev.entente.time;
  exports dev.entente.validation;
}
