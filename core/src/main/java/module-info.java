/**
 * Entente's domain model of bilateral diplomacy.
 */
module dev.entente.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports dev.entente.model;
  exports dev.entente.time;
  exports dev.entente.validation;
}
