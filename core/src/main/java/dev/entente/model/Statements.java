package dev.entente.model;

/** The invariants every {@link Statement} shares. */
final class Statements {

  private Statements() {}

  static void check(String type, Statement statement) {
    Checks.id(type, statement);
    Checks.notBlank(type, Statement.TITLE, statement.title());
    Checks.distinct(type, Statement.TOPICS, statement.topics());
    for (StatementRelation relation : statement.relations()) {
      if (relation.target().pointsAt(statement)) {
        throw new InvalidValueException(
            type, Statement.RELATIONS, relation.target(), "a statement does not relate to itself");
      }
    }
  }
}
