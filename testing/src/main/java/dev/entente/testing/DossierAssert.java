package dev.entente.testing;

import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Instrument;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Ref;
import dev.entente.model.Statement;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.Violation;
import dev.entente.validation.ViolationCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assertions on a {@link Dossier}: its validity by {@link DossierValidator}, and the way to its
 * statements and engagements.
 *
 * <pre>{@code
 * assertThat(dossier).isValid();
 * assertThat(broken).hasViolation(ViolationCode.DANGLING_REFERENCE)
 *     .hasViolationAt("/statements/0/issuers/1");
 * assertThat(dossier).statement("joint-statement").isIssuedBy(rok, uk);
 * }</pre>
 *
 * <p>A failure about violations lists every violation of the dossier, one a line, as
 * {@code pointer: code: message}.
 */
public class DossierAssert extends AbstractEntenteAssert<DossierAssert, Dossier> {

  private List<Violation> violations;

  /**
   * Creates the assertion; use {@link EntenteAssertions#assertThat(Dossier)}.
   *
   * @param actual the dossier under test
   */
  public DossierAssert(Dossier actual) {
    super(actual, DossierAssert.class);
  }

  private List<Violation> violations() {
    isNotNull();
    if (violations == null) {
      violations = DossierValidator.validate(actual);
    }
    return violations;
  }

  private String name() {
    return "dossier " + Show.quoted(actual.id());
  }

  /**
   * Verifies that {@link DossierValidator} finds no violation.
   *
   * @return this assertion
   */
  public DossierAssert isValid() {
    List<Violation> found = violations();
    if (!found.isEmpty()) {
      fail("Expecting " + name() + " to be valid, but it has " + found.size() + " violation"
          + (found.size() == 1 ? "" : "s") + ":\n" + Show.violations(found));
    }
    return myself;
  }

  /**
   * Verifies that the dossier breaks the rule with the given code, somewhere.
   *
   * @param code the rule
   * @return this assertion
   */
  public DossierAssert hasViolation(ViolationCode code) {
    List<Violation> found = violations();
    if (found.stream().noneMatch(v -> v.code() == code)) {
      fail("Expecting " + name() + " to have a " + code.code() + " violation, but its violations are:\n"
          + Show.violations(found));
    }
    return myself;
  }

  /**
   * Verifies that the dossier has a violation at the given JSON Pointer, of any rule.
   *
   * @param pointer the JSON Pointer, such as {@code /statements/0/issuers/1}
   * @return this assertion
   */
  public DossierAssert hasViolationAt(String pointer) {
    List<Violation> found = violations();
    if (found.stream().noneMatch(v -> v.pointer().equals(pointer))) {
      fail("Expecting " + name() + " to have a violation at " + pointer
          + ", but its violations are:\n" + Show.violations(found));
    }
    return myself;
  }

  /**
   * Verifies that the dossier has a violation of the given rule at the given JSON Pointer.
   *
   * @param code the rule
   * @param pointer the JSON Pointer
   * @return this assertion
   */
  public DossierAssert hasViolation(ViolationCode code, String pointer) {
    List<Violation> found = violations();
    if (found.stream().noneMatch(v -> v.code() == code && v.pointer().equals(pointer))) {
      fail("Expecting " + name() + " to have a " + code.code() + " violation at " + pointer
          + ", but its violations are:\n" + Show.violations(found));
    }
    return myself;
  }

  /**
   * Verifies that every violation of the dossier is of one of the given rules (or that it has
   * none at all).
   *
   * @param codes the rules that may be broken
   * @return this assertion
   */
  public DossierAssert hasNoViolationsExcept(ViolationCode... codes) {
    Set<ViolationCode> allowed = codes.length == 0
        ? EnumSet.noneOf(ViolationCode.class) : EnumSet.copyOf(Arrays.asList(codes));
    List<Violation> others = violations().stream().filter(v -> !allowed.contains(v.code()))
        .collect(Collectors.toList());
    if (!others.isEmpty()) {
      fail("Expecting " + name() + " to have no violations except "
          + allowed.stream().map(ViolationCode::code).collect(Collectors.joining(", ", "[", "]"))
          + ", but it has these others:\n" + Show.violations(others));
    }
    return myself;
  }

  /**
   * Verifies that the dossier has exactly the given number of violations.
   *
   * @param expected the number of violations
   * @return this assertion
   */
  public DossierAssert hasViolationCount(int expected) {
    List<Violation> found = violations();
    if (found.size() != expected) {
      fail("Expecting " + name() + " to have " + expected + " violations, but it has "
          + found.size() + ":\n" + Show.violations(found));
    }
    return myself;
  }

  /**
   * The statement with the given id, to check further.
   *
   * @param id the statement's id
   * @return an assertion on the statement
   */
  public StatementAssert statement(String id) {
    isNotNull();
    Statement found = actual.find(Ref.of(id), Statement.class).orElse(null);
    return navigate(StatementAssert.class, Statement.class, found, StatementAssert::new,
        "Expecting " + name() + " to have a statement " + Show.quoted(id) + ", but its statements are "
            + actual.statements().stream().map(Statement::id).collect(Collectors.joining(", ", "[", "]")),
        "statement " + Show.quoted(id));
  }

  /**
   * The statement a reference points at, to check further.
   *
   * @param ref the reference
   * @return an assertion on the statement
   */
  public StatementAssert statement(Ref<? extends Statement> ref) {
    return statement(ref.id());
  }

  /**
   * The planned meeting with the given id, to check further.
   *
   * @param id the planned meeting's id
   * @return an assertion on the planned meeting
   */
  public PlannedMeetingAssert plannedMeeting(String id) {
    isNotNull();
    PlannedMeeting found = actual.find(Ref.of(id), PlannedMeeting.class).orElse(null);
    return navigate(PlannedMeetingAssert.class, PlannedMeeting.class, found,
        PlannedMeetingAssert::new,
        "Expecting " + name() + " to have a planned meeting " + Show.quoted(id)
            + ", but its planned meetings are " + actual.plannedMeetings().stream()
                .map(p -> p.id()).collect(java.util.stream.Collectors.toList()),
        "planned meeting " + Show.quoted(id));
  }

  /**
   * The instrument with the given id, to check further.
   *
   * @param id the instrument's id
   * @return an assertion on the instrument
   */
  public InstrumentAssert instrument(String id) {
    isNotNull();
    Instrument found = actual.find(Ref.of(id), Instrument.class).orElse(null);
    return navigate(InstrumentAssert.class, Instrument.class, found, InstrumentAssert::new,
        "Expecting " + name() + " to have an instrument " + Show.quoted(id)
            + ", but its instruments are " + actual.instruments().stream().map(Instrument::id)
                .collect(Collectors.joining(", ", "[", "]")),
        "instrument " + Show.quoted(id));
  }

  /**
   * The instrument a reference points at, to check further.
   *
   * @param ref the reference
   * @return an assertion on the instrument
   */
  public InstrumentAssert instrument(Ref<? extends Instrument> ref) {
    return instrument(ref.id());
  }

  /**
   * The engagement (dialogue or meeting) with the given id, to check further.
   *
   * @param id the engagement's id
   * @return an assertion on the engagement
   */
  public EngagementAssert engagement(String id) {
    isNotNull();
    Engagement found = actual.find(Ref.of(id), Engagement.class).orElse(null);
    return navigate(EngagementAssert.class, Engagement.class, found, EngagementAssert::new,
        "Expecting " + name() + " to have an engagement " + Show.quoted(id) + ", but its engagements are "
            + engagementIds(),
        "engagement " + Show.quoted(id));
  }

  /**
   * The engagement a reference points at, to check further.
   *
   * @param ref the reference
   * @return an assertion on the engagement
   */
  public EngagementAssert engagement(Ref<? extends Engagement> ref) {
    return engagement(ref.id());
  }

  /**
   * The dialogue with the given id, to check further.
   *
   * @param id the dialogue's id
   * @return an assertion on the dialogue
   */
  public DialogueAssert dialogue(String id) {
    isNotNull();
    Engagement found = actual.find(Ref.of(id), Engagement.class).orElse(null);
    Dialogue dialogue = found instanceof Dialogue ? (Dialogue) found : null;
    return navigate(DialogueAssert.class, Dialogue.class, dialogue, DialogueAssert::new,
        "Expecting " + name() + " to have a dialogue " + Show.quoted(id) + ", but "
            + (found == null ? "its engagements are " + engagementIds()
                : Show.quoted(id) + " is a " + found.getClass().getSimpleName()),
        "dialogue " + Show.quoted(id));
  }

  /**
   * The dialogue a reference points at, to check further.
   *
   * @param ref the reference
   * @return an assertion on the dialogue
   */
  public DialogueAssert dialogue(Ref<? extends Engagement> ref) {
    return dialogue(ref.id());
  }

  private String engagementIds() {
    return actual.engagements().stream().map(Engagement::id)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
