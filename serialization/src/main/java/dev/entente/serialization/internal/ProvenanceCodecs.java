package dev.entente.serialization.internal;

import static dev.entente.serialization.internal.ScalarCodecs.FUZZY_DATE;
import static dev.entente.serialization.internal.ScalarCodecs.ID;
import static dev.entente.serialization.internal.ScalarCodecs.INSTANT;
import static dev.entente.serialization.internal.ScalarCodecs.LANGUAGE;
import static dev.entente.serialization.internal.ScalarCodecs.LOCAL_TIME;
import static dev.entente.serialization.internal.ScalarCodecs.TEXT;
import static dev.entente.serialization.internal.ScalarCodecs.URL;
import static dev.entente.serialization.internal.ScalarCodecs.enumeration;
import static dev.entente.serialization.internal.ScalarCodecs.ref;

import dev.entente.model.ActorClaim;
import dev.entente.model.DateClaim;
import dev.entente.model.Evidence;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.Wording;

/** The wire form of provenance: evidence, wordings, date claims and sources. */
final class ProvenanceCodecs {

  private ProvenanceCodecs() {}

  static final ObjectCodec<Evidence, Evidence.Builder> EVIDENCE =
      ObjectCodec.of(Evidence.class, Evidence::builder)
          .describedAs("evidence")
          .required(Evidence.SOURCE, Evidence::source, Evidence.Builder::source, ref())
          .optional(Evidence.QUOTE, Evidence::quote, Evidence.Builder::quote, TEXT)
          .optional(Evidence.NOTE, Evidence::note, Evidence.Builder::note, TEXT)
          .build();

  static final ObjectCodec<Wording, Wording.Builder> WORDING =
      ObjectCodec.of(Wording.class, Wording::builder)
          .describedAs("a wording")
          .required(Wording.TEXT, Wording::text, Wording.Builder::text, TEXT)
          .list(Wording.EVIDENCE, Wording::evidence, Wording.Builder::addEvidence, EVIDENCE)
          .items(1, -1, false)
          .build();

  static final ObjectCodec<DateClaim, DateClaim.Builder> DATE_CLAIM =
      ObjectCodec.of(DateClaim.class, DateClaim::builder)
          .describedAs("a date claim")
          .required(DateClaim.VALUE, DateClaim::value, DateClaim.Builder::value, FUZZY_DATE)
          .optional(DateClaim.WORDING, DateClaim::wording, DateClaim.Builder::wording, TEXT)
          .optional(DateClaim.REFERENCE, DateClaim::reference, DateClaim.Builder::reference,
              FUZZY_DATE)
          .list(DateClaim.EVIDENCE, DateClaim::evidence, DateClaim.Builder::addEvidence,
              EVIDENCE)
          .build();

  static final ObjectCodec<ActorClaim, ActorClaim.Builder> ACTOR_CLAIM =
      ObjectCodec.of(ActorClaim.class, ActorClaim::builder)
          .describedAs("an actor claim")
          .required(ActorClaim.VALUE, ActorClaim::value, ActorClaim.Builder::value, ref())
          .optional(ActorClaim.WORDING, ActorClaim::wording, ActorClaim.Builder::wording, TEXT)
          .list(ActorClaim.EVIDENCE, ActorClaim::evidence, ActorClaim.Builder::addEvidence,
              EVIDENCE)
          .build();

  static final ObjectCodec<Source, Source.Builder> SOURCE =
      ObjectCodec.of(Source.class, Source::builder)
          .describedAs("a source")
          .required(Source.ID, Source::id, Source.Builder::id, ID)
          .required(Source.KIND, Source::kind, Source.Builder::kind,
              enumeration(SourceKind.class, "a kind of source"))
          .optional(Source.TITLE, Source::title, Source.Builder::title, TEXT)
          .optional(Source.PUBLISHER, Source::publisher, Source.Builder::publisher, TEXT)
          .list(Source.AUTHORS, Source::authors, Source.Builder::addAuthor, TEXT)
          .optional(Source.SECTION, Source::section, Source.Builder::section, TEXT)
          .optional(Source.PUBLISHED, Source::published, Source.Builder::published, FUZZY_DATE)
          .optional(Source.PUBLISHED_AT, Source::publishedAt, Source.Builder::publishedAt, INSTANT)
          .optional(Source.LOCAL_TIME, Source::localTime, Source.Builder::localTime, LOCAL_TIME)
          .optional(Source.URL, Source::url, Source.Builder::url, URL)
          .optional(Source.LANGUAGE, Source::language, Source.Builder::language, LANGUAGE)
          .optional(Source.ORIGINAL_LANGUAGE, Source::originalLanguage,
              Source.Builder::originalLanguage, LANGUAGE)
          .optional(Source.NOTE, Source::note, Source.Builder::note, TEXT)
          .oneRequiredOf(Source.TITLE, Source.URL)
          .orAllOf(Source.PUBLISHER, Source.PUBLISHED)
          .orAllOf(Source.PUBLISHER, Source.PUBLISHED_AT)
          .build();
}
