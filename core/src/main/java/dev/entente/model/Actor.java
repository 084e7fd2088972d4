package dev.entente.model;

public sealed interface Actor permits AbstractState {
  String id();
}
