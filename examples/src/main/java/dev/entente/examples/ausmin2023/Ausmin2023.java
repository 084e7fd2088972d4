package dev.entente.examples.ausmin2023;

import dev.entente.model.Actor;
import dev.entente.model.Appreciation;
import dev.entente.model.Attribution;
import dev.entente.model.Commitment;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.JointStatement;
import dev.entente.model.Level;
import dev.entente.model.NameOrder;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.util.List;

/**
 * The 33rd AUSMIN, Brisbane, 29 July 2023, as its joint statement, the opening remarks and an
 * Associated Press report give it.
 *
 * <p>Richard Marles took part as Deputy Prime Minister <em>and</em> Minister for Defence: one
 * participation in two offices ({@link Participant#offices()}), the first of the kind
 * {@link OfficeKind#DEPUTY_HEAD_OF_GOVERNMENT}. He thanked the United States for its help in the
 * search for the crew of a lost helicopter (an {@link Appreciation}); the two governments
 * committed to elevate Indigenous business interests (a {@link Commitment}) and agreed on guided
 * rocket production "by 2025" (a commitment with its {@linkplain
 * dev.entente.model.Position#period() period}).
 *
 * <p>The sources give no start of any minister's term: each tenure starts "on or before 29 July
 * 2023" ({@code ../2023-07-29}), which is what taking part in the meeting shows, and no more.
 */
public final class Ausmin2023 {

  private Ausmin2023() {}

  /** Australia. */
  public static final Ref<Actor> AUSTRALIA = Ref.of("aus");
  /** The United States. */
  public static final Ref<Actor> USA = Ref.of("usa");
  /** Richard Marles. */
  public static final Ref<Person> MARLES = Ref.of("marles");
  /** The 33rd AUSMIN. */
  public static final Ref<Engagement> AUSMIN_33 = Ref.of("ausmin-33");
  /** Australia's Deputy Prime Minister. */
  public static final Ref<Office> AU_DEPUTY_PM = Ref.of("au-deputy-pm");
  /** Australia's Minister for Defence. */
  public static final Ref<Office> AU_DEFENCE = Ref.of("au-defence-minister");

  private static final Ref<Source> JOINT_STATEMENT = Ref.of("joint-statement-2023-07-29");
  private static final Ref<Source> OPENING_REMARKS = Ref.of("defense-gov-opening-remarks");
  private static final Ref<Source> AP = Ref.of("ap-2023-07-29");
  private static final FuzzyDate DAY = FuzzyDate.parse("2023-07-29");
  /** A term known only to include the meeting's day. */
  private static final Term BY_THE_MEETING = Term.from(FuzzyDate.parse("../2023-07-29"));

  /** The whole record, as one dossier. */
  public static Dossier dossier() {
    Evidence statement = Evidence.quoting(JOINT_STATEMENT,
        "Minister for Foreign Affairs Penny Wong and Deputy Prime Minister and Minister for"
            + " Defence Richard Marles hosted the U.S. Secretary of State Antony J. Blinken and"
            + " Secretary of Defense Lloyd J. Austin III on 29 July in Brisbane");
    return Dossier.builder()
        .id("ausmin-2023")
        .title("The 33rd Australia-United States Ministerial Consultations, Brisbane, 2023")
        .addActors(
            State.of(AUSTRALIA.id(), CountryCode.of("AU"), "Australia"),
            State.of(USA.id(), CountryCode.of("US"), "United States"),
            person("wong", "Penny Wong", "Penny", "Wong", statement,
                List.of(Ref.of("au-foreign-minister"))),
            person(MARLES.id(), "Richard Marles", "Richard", "Marles", statement,
                List.of(AU_DEPUTY_PM, AU_DEFENCE)),
            person("blinken", "Antony J. Blinken", "Antony J.", "Blinken", statement,
                List.of(Ref.of("us-secstate"))),
            person("austin", "Lloyd J. Austin III", "Lloyd J.", "Austin III", statement,
                List.of(Ref.of("us-secdef"))))
        .addOffices(
            office(AU_DEPUTY_PM.id(), "Deputy Prime Minister", OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT,
                AUSTRALIA),
            office(AU_DEFENCE.id(), "Minister for Defence", OfficeKind.DEFENCE_MINISTER, AUSTRALIA),
            office("au-foreign-minister", "Minister for Foreign Affairs",
                OfficeKind.FOREIGN_MINISTER, AUSTRALIA),
            office("us-secstate", "Secretary of State", OfficeKind.FOREIGN_MINISTER, USA),
            office("us-secdef", "Secretary of Defense", OfficeKind.DEFENCE_MINISTER, USA))
        .addSeries(DialogueSeries.builder()
            .id("ausmin")
            .name("Australia-United States Ministerial Consultations (AUSMIN)")
            .addSides(AUSTRALIA, USA)
            .level(Level.MINISTERIAL)
            .addPrincipalKinds(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER)
            .build())
        .addEngagements(Dialogue.builder()
            .id(AUSMIN_33.id())
            .series(Ref.of("ausmin"))
            .ordinal(33)
            .addSides(AUSTRALIA, USA)
            .host(AUSTRALIA)
            .date(DAY)
            .venue(Venue.builder().country(CountryCode.of("AU")).city("Brisbane")
                .building("Queensland Government House").build())
            .addParticipants(
                participant("wong", AUSTRALIA, List.of(Ref.of("au-foreign-minister"))),
                participant(MARLES.id(), AUSTRALIA, List.of(AU_DEPUTY_PM, AU_DEFENCE)),
                participant("blinken", USA, List.of(Ref.of("us-secstate"))),
                participant("austin", USA, List.of(Ref.of("us-secdef"))))
            .addEvidence(Evidence.quoting(JOINT_STATEMENT,
                "the following statement on the occasion of the 33rd Australia-United States"
                    + " Ministerial Consultations (AUSMIN)"))
            .addEvidence(statement)
            .addEvidence(Evidence.quoting(AP, "at Queensland Government House in Brisbane,"
                + " Australia, Saturday, July 29, 2023").withNote("a photo caption"))
            .build())
        .addStatements(jointStatement(), openingRemarks())
        .addSources(
            Source.builder().id(JOINT_STATEMENT.id()).kind(SourceKind.PRESS_RELEASE)
                .title("Joint statement on Australia-United States Ministerial Consultations"
                    + " (AUSMIN) 2023")
                .publisher("Australian Government, Defence Ministers")
                .published(DAY)
                .url(URI.create("https://www.minister.defence.gov.au/statements/2023-07-29/"
                    + "joint-statement-australia-united-states-ministerial-consultations-ausmin-2023"))
                .language("en")
                .build(),
            Source.builder().id(OPENING_REMARKS.id()).kind(SourceKind.TRANSCRIPT)
                .title("Opening Remarks at the Australia-U.S. Ministerial Consultations (AUSMIN)")
                .publisher("U.S. Department of Defense")
                .url(URI.create("https://www.defense.gov/News/Transcripts/Transcript/Article/"
                    + "3476071/opening-remarks-at-the-australia-us-ministerial-consultations-ausmin/"))
                .language("en")
                .build(),
            Source.builder().id(AP.id()).kind(SourceKind.NEWS_ARTICLE)
                .title("US pledges to help Australia manufacture guided missiles by 2025")
                .publisher("Associated Press")
                .published(DAY)
                .url(URI.create(
                    "https://apnews.com/article/australia-austin-blinken-5d9f0e53b637b4923b4715362ed93d9a"))
                .language("en")
                .build())
        .build();
  }

  private static JointStatement jointStatement() {
    return JointStatement.builder()
        .id("ausmin-2023-joint-statement")
        .title("Joint statement on Australia-United States Ministerial Consultations (AUSMIN)"
            + " 2023")
        .addIssuers(AUSTRALIA, USA)
        .date(DAY)
        .engagement(AUSMIN_33)
        .addPositions(
            Commitment.builder()
                .addHolders(AUSTRALIA, USA)
                .addObjects(PositionObject.builder()
                    .conduct("elevate Indigenous People's business interests, including through"
                        + " APEC, IPEF and bilateral initiatives")
                    .build())
                .wording("committed to work together")
                .addEvidence(Evidence.quoting(JOINT_STATEMENT,
                    "They committed to work together to elevate Indigenous People's business"
                        + " interests, including through the Asia-Pacific Economic Cooperation"
                        + " (APEC), the Indo-Pacific Economic Framework (IPEF) and bilateral"
                        + " initiatives."))
                .build(),
            Commitment.builder()
                .addHolders(AUSTRALIA, USA)
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.builder().actor(AUSTRALIA).role(ObjectRole.SUBJECT)
                        .build())
                    .conduct("Australia producing Guided Multiple Launch Rocket Systems")
                    .build())
                .period(DateClaim.builder()
                    .value(FuzzyDate.parse("../2025"))
                    .wording("by 2025")
                    .addEvidence(Evidence.of(AP))
                    .build())
                .wording("agreed to cooperate")
                .addEvidence(Evidence.quoting(AP, "They agreed to cooperate on Australia producing"
                    + " Guided Multiple Launch Rocket Systems by 2025, a communique said.")
                    .withNote("the communique as the Associated Press reports it"))
                .build())
        .addEvidence(Evidence.of(JOINT_STATEMENT))
        .build();
  }

  private static Remarks openingRemarks() {
    return Remarks.builder()
        .id("marles-opening-remarks")
        .speaker(Attribution.builder().person(MARLES).office(AU_DEPUTY_PM).build())
        .side(AUSTRALIA)
        .date(DAY)
        .engagement(AUSMIN_33)
        .addPositions(Appreciation.builder()
            .addHolders(Ref.widen(MARLES))
            .addObjects(PositionObject.builder()
                .addActors(ObjectActor.builder().actor(USA).role(ObjectRole.CONDUCT).build())
                .conduct("the assistance of the United States in the search and rescue")
                .build())
            .wording("thank")
            .addEvidence(Evidence.quoting(OPENING_REMARKS, "Firstly, I really want to thank the"
                + " assistance of the United States in the efforts in respect of the search and"
                + " rescue."))
            .build())
        .addEvidence(Evidence.of(OPENING_REMARKS))
        .build();
  }

  private static Person person(String id, String name, String given, String family,
      Evidence evidence, List<Ref<Office>> offices) {
    Person.Builder person = Person.builder().id(id).name(name)
        .addNames(PersonName.builder().text(name).script("Latn").language("en")
            .given(given).family(family).order(NameOrder.GIVEN_FAMILY).build());
    for (Ref<Office> office : offices) {
      person.addTenures(Tenure.builder().office(office).term(BY_THE_MEETING)
          .addEvidence(evidence).build());
    }
    return person.build();
  }

  private static Office office(String id, String title, OfficeKind kind, Ref<Actor> state) {
    return Office.builder().id(id).title(title).kind(kind).jurisdiction(state).build();
  }

  private static Participant participant(String person, Ref<Actor> side,
      List<Ref<Office>> offices) {
    return Participant.builder().person(Ref.of(person)).side(side).offices(offices).build();
  }
}
