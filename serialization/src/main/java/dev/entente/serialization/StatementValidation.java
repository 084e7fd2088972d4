package dev.entente.serialization;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.Violation;
import dev.entente.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates a statement on its own, or in the context of a dossier, with the dossier's rules: the
 * statement is placed in the dossier (replacing one with the same id) and only the violations
 * inside it are kept, with pointers relative to the statement.
 */
final class StatementValidation {

  /** The dossier a statement read alone is placed in: immutable, so made once. */
  private static final Dossier ALONE = Dossier.builder().id("statement").build();

  private StatementValidation() {}

  /**
   * The violations inside a statement.
   *
   * @param context the dossier it belongs to; {@code null} to check it alone, in which case
   *     references that point outside it are not reported
   */
  static List<Violation> validate(Statement statement, Dossier context) {
    Dossier base = context != null ? context : ALONE;
    List<Statement> statements = new ArrayList<>();
    int index = -1;
    for (Statement other : base.statements()) {
      if (other.id().equals(statement.id())) {
        index = statements.size();
        statements.add(statement);
      } else {
        statements.add(other);
      }
    }
    if (index < 0) {
      index = statements.size();
      statements.add(statement);
    }
    String prefix = "/statements/" + index;
    // Alone, its references to records elsewhere cannot be judged: not reported, so no message
    // is built for any of them (most references of a statement read alone are such).
    Set<ViolationCode> ignoring =
        context == null ? Set.of(ViolationCode.DANGLING_REFERENCE) : Set.of();
    List<Violation> inside = new ArrayList<>();
    for (Violation v : DossierValidator.validate(base.withStatements(statements),
        Integer.MAX_VALUE, ignoring).violations()) {
      boolean within = v.pointer().equals(prefix) || v.pointer().startsWith(prefix + "/");
      if (!within) {
        continue;
      }
      inside.add(new Violation(v.pointer().substring(prefix.length()), v.code(), v.message()));
    }
    return inside;
  }
}
