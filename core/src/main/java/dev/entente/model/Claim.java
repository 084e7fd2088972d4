package dev.entente.model;

import java.util.List;
import java.util.Optional;

/**
 * What some sources say about one value of a record: the value, the sources' own words for it and
 * the sources themselves.
 *
 * <p>A record keeps the claims of sources that disagree side by side, picking no winner: the
 * engagement's {@link Engagement#dateClaims() date}, {@link Engagement#hostClaims() host} and
 * {@link Engagement#venueClaims() venue}, a planned meeting's {@link MeetingChange#windows()
 * windows}. What they add up to is a {@link Finding}: settled, disputed or unknown, the same
 * whatever the order of the claims or of their sources.
 *
 * <pre>{@code
 * Meeting meeting = Meeting.builder()
 *     ...
 *     .addHostClaim(ActorClaim.of(Ref.of("usa"), Evidence.of(Ref.of("white-house"))))
 *     .addHostClaim(ActorClaim.of(Ref.of("aus"), Evidence.of(Ref.of("abc-news"))))
 *     .build();
 * meeting.hostFinding();   // Disputed: aus (abc-news), usa (white-house)
 * }</pre>
 *
 * @param <T> the type of the value claimed
 */
public sealed interface Claim<T> extends Extensible permits AbstractDateClaim, AbstractActorClaim,
    AbstractVenueClaim {

  /** {@value}: the name of {@link #value()}, in pointers and written forms. */
  String VALUE = "value";

  /** {@value}: the name of {@link #wording()}, in pointers and written forms. */
  String WORDING = "wording";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  String EVIDENCE = "evidence";

  /** The value the sources give. */
  T value();

  /** The sources' own words for it, verbatim, where worth keeping. */
  Optional<String> wording();

  /** The sources that say so. */
  List<Evidence> evidence();
}
