package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code Ref<Person>} or {@code Ref<State>} where a reference to any actor is expected. Each
 * statement marked "new" below did not compile before {@link Ref#widen(Ref)} and the factories
 * that take {@code Ref<? extends Actor>}.
 */
class RefWideningTest {

  private static final Ref<Person> MARLES = Ref.of("richard-marles");
  private static final Ref<State> AUSTRALIA = Ref.of("australia");
  private static final Ref<Office> DEPUTY_PM = Ref.of("au-deputy-pm");
  private static final Ref<Office> DEFENCE = Ref.of("au-defence-minister");

  @Test
  void widenedReferenceIsTheSameReference() {
    Ref<Actor> actor = Ref.widen(MARLES); // new
    assertThat(actor).isSameAs(MARLES);
    assertThat(actor.id()).isEqualTo("richard-marles");
    Ref<Identified> anything = Ref.widen(AUSTRALIA); // new
    assertThat(anything).isEqualTo(Ref.of("australia"));
  }

  @Test
  void aPersonHoldsAPositionThroughAWidenedReference() {
    Appreciation thanks = Appreciation.builder()
        .addHolders(Ref.widen(MARLES)) // new: addHolders takes Ref<Actor>
        .addObjects(PositionObject.builder()
            .addActors(ObjectActor.of(Ref.widen(AUSTRALIA), ObjectRole.CONDUCT))
            .conduct("assistance")
            .build())
        .build();
    assertThat(thanks.holders()).containsExactly(Ref.of("richard-marles"));
  }

  @Test
  void factoriesTakeAReferenceToAnyKindOfActor() {
    ObjectActor named = ObjectActor.of(MARLES, ObjectRole.SUBJECT); // new
    assertThat(named.actor()).isEqualTo(Ref.of("richard-marles"));
    assertThat(named.role()).isEqualTo(ObjectRole.SUBJECT);
    assertThat(ObjectActor.of(Ref.of("dprk"), ObjectRole.CONDUCT).actor()).hasToString("dprk");

    Participant participant = Participant.of(MARLES, AUSTRALIA, DEPUTY_PM, DEFENCE); // new
    assertThat(participant.person()).isEqualTo(MARLES);
    assertThat(participant.side()).isEqualTo(Ref.of("australia"));
    assertThat(participant.offices()).containsExactly(DEPUTY_PM, DEFENCE);
    assertThat(participant.roles()).isEmpty();
    assertThat(Participant.of(MARLES, AUSTRALIA).offices()).isEmpty();

    ActorClaim host = ActorClaim.of(AUSTRALIA); // new
    assertThat(host.value()).isEqualTo(Ref.of("australia"));

    Signatory signatory = Signatory.of(MARLES, DEFENCE, AUSTRALIA); // new
    assertThat(signatory.party()).isEqualTo(Ref.of("australia"));
  }

  @Test
  void aParticipantWithAnOfficeTwiceIsRefused() {
    assertThatThrownBy(() -> Participant.of(MARLES, AUSTRALIA, DEFENCE, DEFENCE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Participant.offices: ");
  }

  @Test
  void aWidenedListOfHoldersIsBuiltFromTypedReferences() {
    List<Ref<Person>> people = List.of(MARLES, Ref.of("penny-wong"));
    Concern concern = Concern.builder()
        .holders(people.stream().map(Ref::<Actor>widen).toList()) // new
        .addObjects(PositionObject.builder().conduct("coercion").build())
        .build();
    assertThat(concern.holders()).extracting(Ref::id)
        .containsExactly("richard-marles", "penny-wong");
  }

  @Test
  void widenRefusesNull() {
    assertThatThrownBy(() -> Ref.widen(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ref");
  }
}
