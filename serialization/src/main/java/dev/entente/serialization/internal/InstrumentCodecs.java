package dev.entente.serialization.internal;

import static dev.entente.serialization.internal.ProvenanceCodecs.EVIDENCE;
import static dev.entente.serialization.internal.ScalarCodecs.CONFIRMATION;
import static dev.entente.serialization.internal.ScalarCodecs.FUZZY_DATE;
import static dev.entente.serialization.internal.ScalarCodecs.ID;
import static dev.entente.serialization.internal.ScalarCodecs.TEXT;
import static dev.entente.serialization.internal.ScalarCodecs.enumeration;
import static dev.entente.serialization.internal.ScalarCodecs.ref;
import static dev.entente.serialization.internal.StatementCodecs.ATTRIBUTION;

import dev.entente.model.ConditionKind;
import dev.entente.model.EntryCondition;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Signatory;

/** The wire form of instruments: their signatories, conditions and history. */
final class InstrumentCodecs {

  private InstrumentCodecs() {}

  static final ObjectCodec<Signatory, Signatory.Builder> SIGNATORY =
      ObjectCodec.of(Signatory.class, Signatory::builder)
          .describedAs("a signatory")
          .required(Signatory.PERSON, Signatory::person, Signatory.Builder::person, ref())
          .optional(Signatory.OFFICE, Signatory::office, Signatory.Builder::office, ref())
          .required(Signatory.PARTY, Signatory::party, Signatory.Builder::party, ref())
          .build();

  static final ObjectCodec<EntryCondition, EntryCondition.Builder> ENTRY_CONDITION =
      ObjectCodec.of(EntryCondition.class, EntryCondition::builder)
          .describedAs("a condition of entry into force")
          .required(EntryCondition.KIND, EntryCondition::kind, EntryCondition.Builder::kind,
              enumeration(ConditionKind.class, "a kind of condition"))
          .optional(EntryCondition.WORDING, EntryCondition::wording,
              EntryCondition.Builder::wording, TEXT)
          .list(EntryCondition.EVIDENCE, EntryCondition::evidence,
              EntryCondition.Builder::addEvidence, EVIDENCE)
          .build();

  /**
   * The members of a step but its alternatives, in order; the alternatives come last, and only on
   * the first account of a step: an alternative account has no alternatives.
   */
  private static ObjectCodec.Builder<InstrumentStep, InstrumentStep.Builder> step() {
    return ObjectCodec.of(InstrumentStep.class, InstrumentStep::builder)
        .required(InstrumentStep.STATUS, InstrumentStep::status, InstrumentStep.Builder::status,
            enumeration(InstrumentStatus.class, "an instrument's status"))
        .optional(InstrumentStep.DATE, InstrumentStep::date, InstrumentStep.Builder::date,
            FUZZY_DATE)
        .optional(InstrumentStep.PARTY, InstrumentStep::party, InstrumentStep.Builder::party,
            ref())
        .optional(InstrumentStep.WORDING, InstrumentStep::wording,
            InstrumentStep.Builder::wording, TEXT)
        .optional(InstrumentStep.CONFIRMATION, InstrumentStep::confirmation,
            InstrumentStep.Builder::confirmation, CONFIRMATION)
        .list(InstrumentStep.EVIDENCE, InstrumentStep::evidence,
            InstrumentStep.Builder::addEvidence, EVIDENCE);
  }

  static final ObjectCodec<InstrumentStep, InstrumentStep.Builder> ALTERNATIVE_STEP =
      step().named("AlternativeStep").describedAs("an alternative account of a step").build();

  static final ObjectCodec<InstrumentStep, InstrumentStep.Builder> INSTRUMENT_STEP =
      step().describedAs("a step in an instrument's history")
          .list(InstrumentStep.ALTERNATIVES, InstrumentStep::alternatives,
              InstrumentStep.Builder::addAlternative, ALTERNATIVE_STEP)
          .build();

  static final ObjectCodec<Instrument, Instrument.Builder> INSTRUMENT =
      ObjectCodec.of(Instrument.class, Instrument::builder)
          .describedAs("an instrument")
          .required(Instrument.ID, Instrument::id, Instrument.Builder::id, ID)
          .required(Instrument.KIND, Instrument::kind, Instrument.Builder::kind,
              enumeration(InstrumentKind.class, "a kind of instrument"))
          .optional(Instrument.TITLE, Instrument::title, Instrument.Builder::title, TEXT)
          .list(Instrument.PARTIES, Instrument::parties, Instrument.Builder::addParty, ref())
          .items(2, -1, true)
          .list(Instrument.TOPICS, Instrument::topics, Instrument.Builder::addTopic, ref())
          .optional(Instrument.TEXT, Instrument::text, Instrument.Builder::text, ref())
          .optional(Instrument.SIGNING, Instrument::signing, Instrument.Builder::signing, ref())
          .list(Instrument.SIGNATORIES, Instrument::signatories,
              Instrument.Builder::addSignatory, SIGNATORY)
          .list(Instrument.WITNESSES, Instrument::witnesses, Instrument.Builder::addWitness,
              ATTRIBUTION)
          .list(Instrument.CONDITIONS, Instrument::conditions,
              Instrument.Builder::addCondition, ENTRY_CONDITION)
          .list(Instrument.HISTORY, Instrument::history, Instrument.Builder::addHistory,
              INSTRUMENT_STEP)
          .list(Instrument.EVIDENCE, Instrument::evidence, Instrument.Builder::addEvidence,
              EVIDENCE)
          .build();
}
