package dev.entente.examples.japanaustralia2021;

import dev.entente.model.Actor;
import dev.entente.model.Appeal;
import dev.entente.model.Concern;
import dev.entente.model.CountryCode;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
import dev.entente.model.JointStatement;
import dev.entente.model.Level;
import dev.entente.model.Mutuality;
import dev.entente.model.MutualityKind;
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
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.time.FuzzyDate;
import java.net.URI;

/**
 * The Ninth Japan-Australia 2+2 Foreign and Defence Ministerial Consultations, 9 June 2021, as
 * a copy of its joint statement, Defence Connect and a Reuters report give it.
 *
 * <p>"We share grave concerns about recent moves that weaken Hong Kong's democratic institutions":
 * a {@link Concern} the two sides mark as theirs jointly ({@link Mutuality},
 * {@link MutualityKind#JOINT}, in the words "share"), and put strongly ("grave"). The call on the
 * Hong Kong and Chinese authorities just before it is the two sides' as well, but the statement
 * does not mark it shared, so it has no mutuality. Reuters' account ("they also expressed
 * concern") drops the word that marks the concern shared; the mutuality rests on the statement's
 * own words.
 *
 * <p>The ministers met by video conference, so the session has no venue. The sources give no start
 * of any minister's term: each tenure starts "on or before 9 June 2021".
 */
public final class JapanAustralia2021 {

  private JapanAustralia2021() {}

  /** Japan. */
  public static final Ref<Actor> JAPAN = Ref.of("jpn");
  /** Australia. */
  public static final Ref<Actor> AUSTRALIA = Ref.of("aus");
  /** China. */
  public static final Ref<Actor> CHINA = Ref.of("chn");
  /** The ninth session. */
  public static final Ref<Engagement> NINTH = Ref.of("japan-australia-2plus2-9");
  /** Its joint statement. */
  public static final Ref<Statement> JOINT_STATEMENT = Ref.of("japan-australia-2plus2-9-statement");
  /** Hong Kong, as a subject of the statement. */
  public static final Ref<Topic> HONG_KONG = Ref.of("hong-kong");

  private static final Ref<Source> STATEMENT_COPY = Ref.of("docslib-2plus2-9");
  private static final Ref<Source> DEFENCE_CONNECT = Ref.of("defenceconnect-2plus2-9");
  private static final Ref<Source> REUTERS = Ref.of("reuters-2021-06-09");
  private static final FuzzyDate DAY = FuzzyDate.parse("2021-06-09");
  private static final Term BY_THE_MEETING = Term.from(FuzzyDate.parse("../2021-06-09"));

  /** The whole record, as one dossier. */
  public static Dossier dossier() {
    Evidence opening = Evidence.quoting(STATEMENT_COPY, "H.E. Mr. MOTEGI Toshimitsu, Minister for"
        + " Foreign Affairs of Japan, and H.E. Mr. KISHI Nobuo, Minister of Defense of Japan,"
        + " Senator the Hon Marise Payne, the Australian Minister for Foreign Affairs, and the Hon"
        + " Peter Dutton MP, the Australian Minister for Defence held the Ninth Japan-Australia"
        + " 2+2 Foreign and Defence Ministerial Consultations on 9 June 2021 via video"
        + " conference.");
    return Dossier.builder()
        .id("japan-australia-2plus2-2021")
        .title("Ninth Japan-Australia 2+2 Foreign and Defence Ministerial Consultations, 2021")
        .addActors(
            State.of(JAPAN.id(), CountryCode.of("JP"), "Japan"),
            State.of(AUSTRALIA.id(), CountryCode.of("AU"), "Australia"),
            State.of(CHINA.id(), CountryCode.of("CN"), "China"),
            japanese("motegi", "MOTEGI", "Motegi", "Toshimitsu", "jp-foreign-minister", opening),
            japanese("kishi", "KISHI", "Kishi", "Nobuo", "jp-defense-minister", opening),
            australian("payne", "Marise", "Payne", "au-foreign-minister", opening),
            australian("dutton", "Peter", "Dutton", "au-defence-minister", opening))
        .addOffices(
            office("jp-foreign-minister", "Minister for Foreign Affairs",
                OfficeKind.FOREIGN_MINISTER, JAPAN),
            office("jp-defense-minister", "Minister of Defense", OfficeKind.DEFENCE_MINISTER,
                JAPAN),
            office("au-foreign-minister", "Minister for Foreign Affairs",
                OfficeKind.FOREIGN_MINISTER, AUSTRALIA),
            office("au-defence-minister", "Minister for Defence", OfficeKind.DEFENCE_MINISTER,
                AUSTRALIA))
        .addSeries(DialogueSeries.builder()
            .id("japan-australia-2plus2")
            .name("Japan-Australia 2+2 Foreign and Defence Ministerial Consultations")
            .addSides(JAPAN, AUSTRALIA)
            .level(Level.MINISTERIAL)
            .addPrincipalKinds(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER)
            .build())
        .addEngagements(Dialogue.builder()
            .id(NINTH.id())
            .series(Ref.of("japan-australia-2plus2"))
            .ordinal(9)
            .addSides(JAPAN, AUSTRALIA)
            .date(DAY)
            .addParticipants(
                participant("motegi", JAPAN, "jp-foreign-minister"),
                participant("kishi", JAPAN, "jp-defense-minister"),
                participant("payne", AUSTRALIA, "au-foreign-minister"),
                participant("dutton", AUSTRALIA, "au-defence-minister"))
            .addEvidence(opening)
            .addEvidence(Evidence.quoting(REUTERS, "The meeting, between the foreign and defense"
                + " ministers of both nations, took place via video conferencing."))
            .build())
        .addStatements(jointStatement())
        .addTopics(Topic.builder().id(HONG_KONG.id()).label("Hong Kong").kind(TopicKind.REGION)
            .build())
        .addSources(
            Source.builder().id(STATEMENT_COPY.id()).kind(SourceKind.STATEMENT_TEXT)
                .title("Ninth Japan-Australia 2+2 Foreign and Defence Ministerial Consultations"
                    + " Joint Statement")
                .publisher("Docslib")
                .url(URI.create("https://docslib.org/doc/193049/ninth-japan-australia-2-2-foreign-"
                    + "and-defence-ministerial-consultations-joint-statement-1-h-e-mr-motegi-"
                    + "toshimitsu-minister"))
                .note("A copy of the joint statement's text.")
                .language("en").build(),
            Source.builder().id(DEFENCE_CONNECT.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("Defence Connect")
                .url(URI.create("https://defenceconnect.com.au/key-enablers/8214-australia-and-"
                    + "japan-hold-ninth-2-2-consultations-confirm-ongoing-support-of-us-hong-kong"))
                .language("en").build(),
            Source.builder().id(REUTERS.id()).kind(SourceKind.NEWS_ARTICLE)
                .title("Japan, Australia raise concerns about reported abuses in China")
                .publisher("Reuters, via Devdiscourse")
                .published(DAY)
                .url(URI.create("https://www.devdiscourse.com/article/politics/1605810-japan-"
                    + "australia-raise-concerns-about-reported-abuses-in-china"))
                .language("en").build())
        .build();
  }

  private static JointStatement jointStatement() {
    return JointStatement.builder()
        .id(JOINT_STATEMENT.id())
        .title("Ninth Japan-Australia 2+2 Foreign and Defence Ministerial Consultations Joint"
            + " Statement")
        .addIssuers(JAPAN, AUSTRALIA)
        .date(DAY)
        .engagement(NINTH)
        .addPositions(
            Appeal.builder()
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(CHINA, ObjectRole.ADDRESSEE))
                    .conduct("uphold their commitments to the Hong Kong people")
                    .build())
                .addTopics(HONG_KONG)
                .wording("urge")
                .addEvidence(Evidence.quoting(DEFENCE_CONNECT, "We also urge the Hong Kong and"
                    + " Chinese authorities to uphold their commitments to the Hong Kong people.")
                    .withNote("the joint statement as Defence Connect quotes it"))
                .build(),
            Concern.builder()
                .addObjects(PositionObject.builder()
                    .conduct("recent moves that weaken Hong Kong's democratic institutions and"
                        + " undermine the rights and freedoms guaranteed under the Hong Kong Basic"
                        + " Law and the Sino-British Joint Declaration")
                    .build())
                .addTopics(HONG_KONG)
                .intensity(Intensity.of(IntensityLevel.STRONG, "grave"))
                .mutuality(Mutuality.of(MutualityKind.JOINT, "share"))
                .wording("share grave concerns")
                .addEvidence(Evidence.quoting(DEFENCE_CONNECT, "We share grave concerns about"
                    + " recent moves that weaken Hong Kong's democratic institutions and undermine"
                    + " the rights and freedoms guaranteed under the Hong Kong Basic Law and the"
                    + " Sino-British Joint Declaration").withNote("the joint statement as Defence"
                    + " Connect quotes it"))
                .addEvidence(Evidence.quoting(REUTERS, "In a joint statement, they also expressed"
                    + " concern about recent moves that they said weakened Hong Kong's democratic"
                    + " institutions").withNote("a paraphrase, without the word that marks the"
                    + " concern shared"))
                .build())
        .addEvidence(Evidence.of(STATEMENT_COPY))
        .build();
  }

  private static Person japanese(String id, String upper, String family, String given,
      String office, Evidence evidence) {
    return Person.builder()
        .id(id)
        .name(family + " " + given)
        .addNames(
            PersonName.builder().text(upper + " " + given).script("Latn").language("en")
                .family(upper).given(given).order(NameOrder.FAMILY_UPPER_GIVEN).build(),
            PersonName.builder().text(family + " " + given).script("Latn").language("en")
                .family(family).given(given).order(NameOrder.FAMILY_GIVEN).build())
        .addTenures(Tenure.builder().office(Ref.of(office)).term(BY_THE_MEETING)
            .addEvidence(evidence).build())
        .build();
  }

  private static Person australian(String id, String given, String family, String office,
      Evidence evidence) {
    String name = given + " " + family;
    return Person.builder()
        .id(id)
        .name(name)
        .addNames(PersonName.builder().text(name).script("Latn").language("en")
            .given(given).family(family).order(NameOrder.GIVEN_FAMILY).build())
        .addTenures(Tenure.builder().office(Ref.of(office)).term(BY_THE_MEETING)
            .addEvidence(evidence).build())
        .build();
  }

  private static Office office(String id, String title, OfficeKind kind, Ref<Actor> state) {
    return Office.builder().id(id).title(title).kind(kind).jurisdiction(state).build();
  }

  private static Participant participant(String person, Ref<Actor> side, String office) {
    return Participant.builder().person(Ref.of(person)).side(side).addOffice(Ref.of(office))
        .build();
  }
}
