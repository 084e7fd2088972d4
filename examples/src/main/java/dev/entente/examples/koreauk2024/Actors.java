package dev.entente.examples.koreauk2024;

import static dev.entente.examples.koreauk2024.KoreaUkDialogue2024.*;

import dev.entente.model.Actor;
import dev.entente.model.CountryCode;
import dev.entente.model.Evidence;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.NameOrder;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.State;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.util.List;

/** The actors: states, groupings, the ministry and the people. */
final class Actors {

  private Actors() {}

  static List<Actor> all() {
    return List.of(
        State.of(ROK.id(), CountryCode.of("KR"), "Republic of Korea"),
        State.of(UK.id(), CountryCode.of("GB"), "United Kingdom"),
        State.of(DPRK.id(), CountryCode.of("KP"), "Democratic People's Republic of Korea"),
        State.of(RUSSIA.id(), CountryCode.of("RU"), "Russian Federation"),
        State.of(UKRAINE.id(), CountryCode.of("UA"), "Ukraine"),
        State.of(CHINA.id(), CountryCode.of("CN"), "People's Republic of China"),
        State.of(USA.id(), CountryCode.of("US"), "United States"),
        State.of(AUSTRALIA.id(), CountryCode.of("AU"), "Australia"),
        State.of(CANADA.id(), CountryCode.of("CA"), "Canada"),
        State.of(NEW_ZEALAND.id(), CountryCode.of("NZ"), "New Zealand"),
        Grouping.builder()
            .id(AUKUS.id())
            .name("AUKUS")
            .kind(GroupingKind.PARTNERSHIP)
            .addMembers(AUSTRALIA, UK, USA)
            .build(),
        Grouping.builder()
            .id(G7.id())
            .name("G7")
            .fullName("Group of Seven")
            .kind(GroupingKind.FORUM)
            .build(),
        GovernmentBody.builder()
            .id(MOFA.id())
            .name("Ministry of Foreign Affairs")
            .government(ROK)
            .build(),
        cho(),
        lammy(),
        yoon());
  }

  static Person cho() {
    return Person.builder()
        .id(CHO.id())
        .name("Cho Tae-yul")
        .addNames(
            // Korean names are written family name first, in Hangul and in romanisation alike.
            PersonName.builder().text("조태열").script("Hang").language("ko")
                .family("조").given("태열").order(NameOrder.FAMILY_GIVEN).build(),
            PersonName.builder()
                .text("Jo Tae-yeol")
                .script("Latn")
                .romanization("Revised Romanization of Korean")
                .family("Jo").given("Tae-yeol").order(NameOrder.FAMILY_GIVEN)
                .build())
        .addAliases(Wording.of(
            "Cho Tae-yong",
            Evidence.builder()
                .source(ARTICLE)
                .note("A mis-romanisation: Cho Tae-yong (조태용) is a different official, the"
                    + " Director of the National Intelligence Service.")
                .build()))
        .addTenures(Tenure.builder()
            .office(ROK_FOREIGN_MINISTER)
            .ordinal(41)
            .term(Term.of(FuzzyDate.parse("2024-01"), FuzzyDate.parse("2025-07-18")))
            .build())
        .build();
  }

  static Person lammy() {
    return Person.builder()
        .id(LAMMY.id())
        .name("David Lammy")
        .addTenures(Tenure.builder()
            .office(UK_FOREIGN_SECRETARY)
            .term(Term.of(FuzzyDate.parse("2024-07-05"), FuzzyDate.parse("2025-09-05")))
            .build())
        .build();
  }

  static Person yoon() {
    return Person.builder()
        .id(YOON.id())
        .name("Yoon Suk Yeol")
        .addNames(PersonName.builder().text("윤석열").script("Hang").language("ko")
            .family("윤").given("석열").order(NameOrder.FAMILY_GIVEN).build())
        .addAliases(Wording.of("Yoon Suk-yeol", Evidence.of(ARTICLE)))
        .addTenures(Tenure.builder()
            .office(ROK_PRESIDENT)
            .term(Term.of(FuzzyDate.parse("2022-05-10"), FuzzyDate.parse("2025-04-04")))
            .build())
        .build();
  }
}
