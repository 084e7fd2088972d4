package dev.entente.model;

import org.immutables.value.Value;

@Value.Immutable
@EntenteStyle
abstract sealed class AbstractState implements Actor permits State {
  @Override
  public abstract String id();

  public abstract String name();
}
