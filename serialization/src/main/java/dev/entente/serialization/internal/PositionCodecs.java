package dev.entente.serialization.internal;

import static dev.entente.serialization.internal.ProvenanceCodecs.DATE_CLAIM;
import static dev.entente.serialization.internal.ProvenanceCodecs.EVIDENCE;
import static dev.entente.serialization.internal.ScalarCodecs.FUZZY_DATE;
import static dev.entente.serialization.internal.ScalarCodecs.TEXT;
import static dev.entente.serialization.internal.ScalarCodecs.enumeration;
import static dev.entente.serialization.internal.ScalarCodecs.ref;

import dev.entente.model.Accusation;
import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Appreciation;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.Denial;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
import dev.entente.model.Intention;
import dev.entente.model.Interest;
import dev.entente.model.Monitoring;
import dev.entente.model.Mutuality;
import dev.entente.model.MutualityKind;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.Opposition;
import dev.entente.model.Position;
import dev.entente.model.PositionBuilder;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Reiteration;
import dev.entente.model.Support;
import dev.entente.model.Welcome;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The wire form of positions: one row per kind, and their objects (with their actors' roles),
 * intensities, hedgings, reiterations and mutualities.
 */
final class PositionCodecs {

  private PositionCodecs() {}

  static final ObjectCodec<Hedging, Hedging.Builder> HEDGING =
      ObjectCodec.of(Hedging.class, Hedging::builder)
          .describedAs("a hedging")
          .required(Hedging.LEVEL, Hedging::level, Hedging.Builder::level,
              enumeration(HedgeLevel.class, "a hedge level"))
          .optional(Hedging.WORDING, Hedging::wording, Hedging.Builder::wording, TEXT)
          .build();

  static final ObjectCodec<Intensity, Intensity.Builder> INTENSITY =
      ObjectCodec.of(Intensity.class, Intensity::builder)
          .describedAs("an intensity")
          .required(Intensity.LEVEL, Intensity::level, Intensity.Builder::level,
              enumeration(IntensityLevel.class, "an intensity level"))
          .optional(Intensity.WORDING, Intensity::wording, Intensity.Builder::wording, TEXT)
          .build();

  static final ObjectCodec<ObjectActor, ObjectActor.Builder> OBJECT_ACTOR =
      ObjectCodec.of(ObjectActor.class, ObjectActor::builder)
          .describedAs("an object's actor")
          .required(ObjectActor.ACTOR, ObjectActor::actor, ObjectActor.Builder::actor, ref())
          .required(ObjectActor.ROLE, ObjectActor::role, ObjectActor.Builder::role,
              enumeration(ObjectRole.class, "an object role"))
          .build();

  static final ObjectCodec<Reiteration, Reiteration.Builder> REITERATION =
      ObjectCodec.of(Reiteration.class, Reiteration::builder)
          .describedAs("a reiteration")
          .optional(Reiteration.WORDING, Reiteration::wording, Reiteration.Builder::wording, TEXT)
          .optional(Reiteration.PREVIOUS, Reiteration::previous, Reiteration.Builder::previous,
              ref())
          .optional(Reiteration.SINCE, Reiteration::since, Reiteration.Builder::since, FUZZY_DATE)
          .list(Reiteration.EVIDENCE, Reiteration::evidence, Reiteration.Builder::addEvidence,
              EVIDENCE)
          .oneRequiredOf(Reiteration.WORDING, Reiteration.PREVIOUS, Reiteration.SINCE,
              Reiteration.EVIDENCE)
          .build();

  static final ObjectCodec<Mutuality, Mutuality.Builder> MUTUALITY =
      ObjectCodec.of(Mutuality.class, Mutuality::builder)
          .describedAs("a mutuality")
          .required(Mutuality.KIND, Mutuality::kind, Mutuality.Builder::kind,
              enumeration(MutualityKind.class, "a kind of mutuality"))
          .optional(Mutuality.WORDING, Mutuality::wording, Mutuality.Builder::wording, TEXT)
          .build();

  static final ObjectCodec<PositionObject, PositionObject.Builder> POSITION_OBJECT =
      ObjectCodec.of(PositionObject.class, PositionObject::builder)
          .describedAs("a position's object")
          .list(PositionObject.TARGETS, PositionObject::targets,
              PositionObject.Builder::addTarget, ref())
          .list(PositionObject.ACTORS, PositionObject::actors,
              PositionObject.Builder::addActor, OBJECT_ACTOR)
          .optional(PositionObject.PHENOMENON, PositionObject::phenomenon,
              PositionObject.Builder::phenomenon, ref())
          .optional(PositionObject.CONDUCT, PositionObject::conduct,
              PositionObject.Builder::conduct, TEXT)
          .optional(PositionObject.HEDGING, PositionObject::hedging,
              PositionObject.Builder::hedging, HEDGING)
          .oneRequiredOf(PositionObject.TARGETS, PositionObject.ACTORS,
              PositionObject.PHENOMENON, PositionObject.CONDUCT)
          .build();

  /**
   * One kind of position, its row: its class, its {@code type}, how a message calls it, its
   * builder, and what it adds to the members that every position has, which are bound here once
   * through {@link PositionBuilder}.
   */
  private static <K extends Position, B extends PositionBuilder<K, B>> UnionCodec.Member<K>
      position(Class<K> kind, String type, String description, Supplier<B> builder,
          UnaryOperator<ObjectCodec.Builder<K, B>> own) {
    return UnionCodec.kind(kind, own.apply(ObjectCodec.of(kind, builder)
        .type(type).describedAs(description)
        .list(Position.HOLDERS, Position::holders, PositionBuilder::addHolder, ref())
        .list(Position.OBJECTS, Position::objects, PositionBuilder::addObject, POSITION_OBJECT)
        .optional(Position.INTENSITY, Position::intensity, PositionBuilder::intensity, INTENSITY)
        .list(Position.GROUNDS, Position::grounds, PositionBuilder::addGround, TEXT)
        .list(Position.TOPICS, Position::topics, PositionBuilder::addTopic, ref())
        .optional(Position.WORDING, Position::wording, PositionBuilder::wording, TEXT)
        .optional(Position.REITERATION, Position::reiteration, PositionBuilder::reiteration,
            REITERATION)
        .optional(Position.PERIOD, Position::period, PositionBuilder::period, DATE_CLAIM)
        .optional(Position.MUTUALITY, Position::mutuality, PositionBuilder::mutuality, MUTUALITY)
        .list(Position.EVIDENCE, Position::evidence, PositionBuilder::addEvidence, EVIDENCE))
        .build());
  }

  static final UnionCodec<Position> POSITION = new UnionCodec<>("Position", "a position",
      List.of(
          position(Condemnation.class, "condemnation", "a condemnation", Condemnation::builder,
              own -> own.items(Position.OBJECTS, 1, -1, false)),
          position(Concern.class, "concern", "a concern", Concern::builder, own -> own),
          position(Welcome.class, "welcome", "a welcome", Welcome::builder, own -> own),
          position(Support.class, "support", "a support", Support::builder, own -> own),
          position(Recognition.class, "recognition", "a recognition", Recognition::builder,
              own -> own),
          position(Agreement.class, "agreement", "an agreement", Agreement::builder,
              own -> own.optional(Agreement.PLANNED_MEETING, Agreement::plannedMeeting,
                  Agreement.Builder::plannedMeeting, ref())),
          position(Commitment.class, "commitment", "a commitment", Commitment::builder,
              own -> own),
          position(Monitoring.class, "monitoring", "a monitoring", Monitoring::builder,
              own -> own),
          position(Hope.class, "hope", "a hope", Hope::builder, own -> own),
          position(Opposition.class, "opposition", "an opposition", Opposition::builder,
              own -> own),
          position(Appeal.class, "appeal", "an appeal", Appeal::builder, own -> own),
          position(Interest.class, "interest", "an interest", Interest::builder, own -> own),
          position(Appreciation.class, "appreciation", "an appreciation", Appreciation::builder,
              own -> own),
          position(Intention.class, "intention", "an intention", Intention::builder,
              own -> own),
          position(Accusation.class, "accusation", "an accusation", Accusation::builder,
              own -> own.items(Position.OBJECTS, 1, -1, false)),
          position(Denial.class, "denial", "a denial", Denial::builder,
              own -> own.items(Position.OBJECTS, 1, -1, false))));
}
