package dev.entente.serialization.internal;

import static dev.entente.serialization.internal.ProvenanceCodecs.EVIDENCE;
import static dev.entente.serialization.internal.ScalarCodecs.TEXT;
import static dev.entente.serialization.internal.ScalarCodecs.enumeration;
import static dev.entente.serialization.internal.ScalarCodecs.ref;

import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
import dev.entente.model.Monitoring;
import dev.entente.model.Opposition;
import dev.entente.model.Position;
import dev.entente.model.PositionBuilder;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Support;
import dev.entente.model.Welcome;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The wire form of positions: one row per kind, and their objects, intensities and hedgings. */
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

  static final ObjectCodec<PositionObject, PositionObject.Builder> POSITION_OBJECT =
      ObjectCodec.of(PositionObject.class, PositionObject::builder)
          .describedAs("a position's object")
          .list(PositionObject.TARGETS, PositionObject::targets,
              PositionObject.Builder::addAllTargets, ref())
          .optional(PositionObject.PHENOMENON, PositionObject::phenomenon,
              PositionObject.Builder::phenomenon, ref())
          .optional(PositionObject.CONDUCT, PositionObject::conduct,
              PositionObject.Builder::conduct, TEXT)
          .optional(PositionObject.HEDGING, PositionObject::hedging,
              PositionObject.Builder::hedging, HEDGING)
          .oneRequiredOf(PositionObject.TARGETS, PositionObject.PHENOMENON,
              PositionObject.CONDUCT)
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
        .list(Position.HOLDERS, Position::holders, PositionBuilder::addAllHolders, ref())
        .list(Position.OBJECTS, Position::objects, PositionBuilder::addAllObjects, POSITION_OBJECT)
        .optional(Position.INTENSITY, Position::intensity, PositionBuilder::intensity, INTENSITY)
        .list(Position.GROUNDS, Position::grounds, PositionBuilder::addAllGrounds, TEXT)
        .list(Position.TOPICS, Position::topics, PositionBuilder::addAllTopics, ref())
        .optional(Position.WORDING, Position::wording, PositionBuilder::wording, TEXT)
        .list(Position.EVIDENCE, Position::evidence, PositionBuilder::addAllEvidence, EVIDENCE))
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
          position(Appeal.class, "appeal", "an appeal", Appeal::builder, own -> own)));
}
