package dev.entente.testing.generators;

import static dev.entente.testing.generators.FuzzyDateArbitraries.fuzzyDates;
import static dev.entente.testing.generators.ModelArbitraries.MAX_LIST_SIZE;
import static dev.entente.testing.generators.ProvenanceArbitraries.evidenceLists;
import static dev.entente.testing.generators.ScalarArbitraries.ids;
import static dev.entente.testing.generators.ScalarArbitraries.list;
import static dev.entente.testing.generators.ScalarArbitraries.opt;
import static dev.entente.testing.generators.ScalarArbitraries.texts;
import static dev.entente.testing.generators.StatementArbitraries.attributions;

import dev.entente.model.Actor;
import dev.entente.model.ConditionKind;
import dev.entente.model.Confirmation;
import dev.entente.model.Engagement;
import dev.entente.model.EntryCondition;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Office;
import dev.entente.model.Person;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.Topic;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Instruments, their signatories, conditions of entry into force and steps. */
final class InstrumentArbitraries {

  private InstrumentArbitraries() {}

  /** Signatories, with or without an office. */
  public static Arbitrary<Signatory> signatories() {
    return Combinators.combine(ScalarArbitraries.<Person>refs(),
            opt(ScalarArbitraries.<Office>refs()), ScalarArbitraries.<Actor>refs())
        .as((person, office, party) -> Signatory.builder().person(person).office(office)
            .party(party).build());
  }

  /** Conditions of every kind, with wording always for OTHER and sometimes for the rest. */
  public static Arbitrary<EntryCondition> entryConditions() {
    return Combinators.combine(Arbitraries.of(ConditionKind.class), opt(texts()), texts(),
            evidenceLists())
        .as((kind, wording, fallback, evidence) -> EntryCondition.builder().kind(kind)
            .wording(kind == ConditionKind.OTHER && wording.isEmpty()
                ? Optional.of(fallback) : wording)
            .evidence(evidence).build());
  }

  /**
   * Steps of every status: RATIFIED names a party, SUSPENDED and TERMINATED sometimes do, the
   * rest never. Some list other accounts of the step as alternatives (and may then be marked
   * DISPUTED).
   */
  public static Arbitrary<InstrumentStep> instrumentSteps() {
    Arbitrary<Confirmation> notDisputed = Arbitraries.of(Confirmation.CONFIRMED,
        Confirmation.REPORTED, Confirmation.UNCONFIRMED);
    return Combinators.combine(accounts(), accounts().list().ofMaxSize(2), opt(notDisputed),
            Arbitraries.of(false, true))
        .as((step, alternatives, confirmation, disputed) -> {
          InstrumentStep withAlternatives = step.withAlternatives(alternatives);
          return !alternatives.isEmpty() && disputed
              ? withAlternatives.withConfirmation(Confirmation.DISPUTED)
              : withAlternatives.withConfirmation(confirmation);
        });
  }

  /** Accounts of one step: steps without alternatives. */
  private static Arbitrary<InstrumentStep> accounts() {
    return Combinators.combine(Arbitraries.of(InstrumentStatus.class), opt(fuzzyDates()),
            opt(ScalarArbitraries.<Actor>refs()), ScalarArbitraries.<Actor>refs(), opt(texts()),
            evidenceLists())
        .as((status, date, party, ratifier, wording, evidence) -> InstrumentStep.builder()
            .status(status).date(date)
            .party(status == InstrumentStatus.RATIFIED ? Optional.of(ratifier)
                : status.isByParty() ? party : Optional.empty())
            .wording(wording).evidence(evidence).build());
  }

  /**
   * Instruments of every kind: two or more distinct parties, distinct topics, with and without
   * each optional member. Their histories need not follow {@link InstrumentStatus}'s state
   * machine; those of {@link ModelArbitraries#validDossiers()} do.
   */
  public static Arbitrary<Instrument> instruments() {
    return Builders.withBuilder(Instrument::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(Arbitraries.of(InstrumentKind.class)).in((b, v) -> b.kind(v))
        .use(opt(texts())).in((b, v) -> b.title(v))
        .use(ScalarArbitraries.<Actor>refs().list().uniqueElements().ofMinSize(2)
            .ofMaxSize(4)).in((b, v) -> b.parties(v))
        .use(ScalarArbitraries.<Topic>distinctRefs()).in((b, v) -> b.topics(v))
        .use(opt(ScalarArbitraries.<Source>refs())).in((b, v) -> b.text(v))
        .use(opt(ScalarArbitraries.<Engagement>refs())).in((b, v) -> b.signing(v))
        .use(list(signatories())).in((b, v) -> b.signatories(v))
        .use(list(attributions())).in((b, v) -> b.witnesses(v))
        .use(entryConditions().list().ofMaxSize(2)).in((b, v) -> b.conditions(v))
        .use(instrumentSteps().list().ofMaxSize(MAX_LIST_SIZE)).in((b, v) -> b.history(v))
        .use(evidenceLists()).in((b, v) -> b.evidence(v))
        .build(Instrument.Builder::build);
  }
}
