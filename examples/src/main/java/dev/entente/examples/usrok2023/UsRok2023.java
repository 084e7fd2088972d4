package dev.entente.examples.usrok2023;

import dev.entente.model.Actor;
import dev.entente.model.Attribution;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.Denial;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingKind;
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
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;

/**
 * The US-ROK summit in Washington, 26 April 2023, during President Yoon's state visit: the
 * documents it produced, told apart by their kinds, and a disagreement over what one of them
 * means, as the Office of the President of the ROK, the Korea Herald, Yonhap, KBS World and
 * copies of the White House texts give them.
 *
 * <p>The summit is a {@link Meeting} of kind {@link MeetingKind#SUMMIT}, part of the state visit
 * (a meeting of kind {@link MeetingKind#STATE_VISIT}, left undated: the sources here show only
 * that it took Yoon to Washington on 26 April and to Boston, its second leg, on 28 April). Three
 * documents came out of it:
 *
 * <ul>
 *   <li>the Washington Declaration, a {@link JointStatement} of kind {@link
 *       StatementKind#DECLARATION}, about extended deterrence and the Nuclear Consultative Group
 *       (two topics of the dossier), with the NCG agreed, a US commitment to consult, a Korean
 *       recognition of its reliance on the US nuclear deterrent, and a Korean commitment to the
 *       NPT, known only as a policy brief quotes it;</li>
 *   <li>the Leaders' Joint Statement on the alliance's 70th anniversary, a joint statement of kind
 *       {@link StatementKind#JOINT_STATEMENT}, which refers to the Declaration, under the title
 *       its copy gives it, "Leaders’ Joint Statement" (the White House's list of releases, as
 *       Mondaq reprinted it, said "Joint Leaders' Statement", but that copy could not be found
 *       again, so the variant is left out);</li>
 *   <li>the fact sheet on the state visit, issued by the White House alone: a {@link
 *       UnilateralStatement} of kind {@link StatementKind#FACT_SHEET} by the United States.</li>
 * </ul>
 *
 * <p>The same day, Kim Tae-hyo told Korean reporters in Washington that South Koreans would feel
 * they were "effectively" sharing nuclear weapons with the United States ({@link Remarks} for
 * the ROK). The next day Edgard Kagan of the National Security Council said "I don’t think that
 * we see this as a de facto nuclear sharing": remarks for the United States with a relation
 * {@link RelationKind#CONTRADICTS} to Kim's, whose {@linkplain StatementRelation#evidence()
 * evidence} is the news reports that put the two together. On 28 April an unnamed official of the
 * presidential office said in Boston there was "no need to obsess too much over terminology": a
 * spokesperson's statement of the ROK that {@linkplain RelationKind#RESPONDS_TO responds to}
 * Kagan's remarks, denying the reported gap between the allies.
 *
 * <p>Kim's words are known only in reports, in two Korean wordings and Yonhap's English, so his
 * remarks have no {@linkplain Remarks#quote() quote} of their own: each wording is in the
 * evidence. His office is named four ways; the dossier's office takes Yonhap's English title.
 * Not found, and left out: the White House's own pages for the three documents (their texts are
 * read in copies), and the Declaration's own sentence on the NPT. One weak source dates the
 * meeting 1 May 2023, its own dateline; the dossier does not record it as a claim.
 *
 * <p>The sources give no start of any term: each tenure starts on or before the day the person
 * is recorded in office.
 *
 * <p>Every evidence quotes its source, and the passages are kept as excerpts beside the examples'
 * tests, which check each quote against them. Typed: the states, people, offices and tenures,
 * the two meetings (kind, date, venue, participants, the summit part of the visit), each
 * document's kind, issuers, date, engagement and topics, the positions' kinds, holders and
 * addressees, the reiterations, and the relations between statements (refers to, contradicts,
 * responds to). Free text: each position's conduct and wording, Kagan's quote, the topics'
 * descriptions and the notes, which keep the sources' words rather than facts the model reasons
 * on; Kim's office, named four ways, is one typed office with the other names only in the
 * evidence.
 */
public final class UsRok2023 {

  private UsRok2023() {}

  /** The United States. */
  public static final Ref<Actor> USA = Ref.of("usa");
  /** The Republic of Korea. */
  public static final Ref<Actor> ROK = Ref.of("kor");
  /** Joseph R. Biden. */
  public static final Ref<Person> BIDEN = Ref.of("biden");
  /** Yoon Suk Yeol. */
  public static final Ref<Person> YOON = Ref.of("yoon-suk-yeol");
  /** Kim Tae-hyo. */
  public static final Ref<Person> KIM_TAE_HYO = Ref.of("kim-tae-hyo");
  /** Edgard Kagan. */
  public static final Ref<Person> KAGAN = Ref.of("kagan");
  /** Yoon's state visit to the United States. */
  public static final Ref<Engagement> STATE_VISIT = Ref.of("yoon-state-visit-2023");
  /** The summit at the White House, 26 April 2023. */
  public static final Ref<Engagement> SUMMIT = Ref.of("us-rok-summit-2023-04-26");
  /** The Washington Declaration. */
  public static final Ref<Statement> WASHINGTON_DECLARATION = Ref.of("washington-declaration");
  /** The Leaders' Joint Statement on the 70th anniversary of the alliance. */
  public static final Ref<Statement> JOINT_STATEMENT = Ref.of("leaders-joint-statement-70th");
  /** The White House fact sheet on the state visit. */
  public static final Ref<Statement> FACT_SHEET = Ref.of("white-house-fact-sheet");
  /** Kim Tae-hyo's briefing, 26 April 2023. */
  public static final Ref<Statement> KIM_BRIEFING = Ref.of("kim-tae-hyo-2023-04-26");
  /** Edgard Kagan's briefing, 27 April 2023. */
  public static final Ref<Statement> KAGAN_BRIEFING = Ref.of("kagan-2023-04-27");
  /** The presidential official's remark in Boston, 28 April 2023. */
  public static final Ref<Statement> BOSTON_REMARK = Ref.of("rok-official-boston-2023-04-28");
  /** Extended deterrence. */
  public static final Ref<Topic> EXTENDED_DETERRENCE = Ref.of("extended-deterrence");
  /** The Nuclear Consultative Group. */
  public static final Ref<Topic> NCG = Ref.of("nuclear-consultative-group");
  /** The ROK's principal deputy national security adviser, Kim Tae-hyo's office. */
  public static final Ref<Office> KR_NSO_DEPUTY = Ref.of("kr-principal-deputy-nsa");
  /** KBS World's report of 27 April 2023, which relates Kagan's remarks to Kim's. */
  public static final Ref<Source> KBS_WORLD = Sources.KBS_WORLD;

  private static final Ref<Office> US_PRESIDENT = Ref.of("us-president");
  private static final Ref<Office> KR_PRESIDENT = Ref.of("kr-president");

  private static final Ref<Office> US_NSC_SENIOR_DIRECTOR = Ref.of("us-nsc-senior-director-eao");
  private static final FuzzyDate DAY = FuzzyDate.parse("2023-04-26");

  /** The whole record, as one dossier. */
  public static Dossier dossier() {
    Evidence declaration = Evidence.quoting(Sources.KOREA_HERALD, "President Joseph R. Biden of"
        + " the United States of America and President Yoon Suk Yeol of the Republic of Korea"
        + " (ROK) met on this 26th day of April, 2023, to mark the 7oth anniversary of the US-ROK"
        + " Alliance.").withNote("\"7oth\" as in the copy");
    Term byTheSummit = Term.from(FuzzyDate.parse("../2023-04-26"));
    return Dossier.builder()
        .id("us-rok-2023")
        .title("The US-ROK summit and the Washington Declaration, Washington, 26 April 2023")
        .addActors(
            State.of(USA.id(), CountryCode.of("US"), "United States"),
            State.of(ROK.id(), CountryCode.of("KR"), "Republic of Korea"),
            Person.builder().id(BIDEN.id()).name("Joseph R. Biden")
                .addNames(latin("Joseph R. Biden", "Joseph R.", "Biden", NameOrder.GIVEN_FAMILY),
                    latin("Joe Biden", "Joe", "Biden", NameOrder.GIVEN_FAMILY))
                .addTenures(Tenure.builder().office(US_PRESIDENT).term(byTheSummit)
                    .addEvidence(declaration).build())
                .build(),
            Person.builder().id(YOON.id()).name("Yoon Suk Yeol")
                .addNames(latin("Yoon Suk Yeol", "Suk Yeol", "Yoon", NameOrder.FAMILY_GIVEN))
                .addTenures(Tenure.builder().office(KR_PRESIDENT).term(byTheSummit)
                    .addEvidence(declaration).build())
                .build(),
            Person.builder().id(KIM_TAE_HYO.id()).name("Kim Tae-hyo")
                .addNames(latin("Kim Tae-hyo", "Tae-hyo", "Kim", NameOrder.FAMILY_GIVEN),
                    PersonName.builder().text("김태효").script("Hang").language("ko")
                        .family("김").given("태효").order(NameOrder.FAMILY_GIVEN).build())
                .addTenures(Tenure.builder().office(KR_NSO_DEPUTY).term(byTheSummit)
                    .addEvidence(Evidence.quoting(Sources.YONHAP_BOSTON, "Principal Deputy National"
                        + " Security Adviser Kim Tae-hyo"))
                    .addEvidence(Evidence.quoting(Sources.KBS_WORLD, "Kim Tae-hyo, the first deputy"
                        + " director of South Korea's National Security Office"))
                    .addEvidence(Evidence.quoting(Sources.PRESSIAN, "김태효 국가안보실 1차장"))
                    .build())
                .build(),
            Person.builder().id(KAGAN.id()).name("Edgard Kagan")
                .addNames(latin("Edgard Kagan", "Edgard", "Kagan", NameOrder.GIVEN_FAMILY))
                .addTenures(Tenure.builder().office(US_NSC_SENIOR_DIRECTOR)
                    .term(Term.from(FuzzyDate.parse("../2023-04-27")))
                    .addEvidence(Evidence.quoting(Sources.KBS_WORLD, "Edgard Kagan, the special"
                        + " assistant to the president and senior director for East Asia and"
                        + " Oceania at the National Security Council"))
                    .build())
                .build())
        .addOffices(
            Office.builder().id(US_PRESIDENT.id()).title("President of the United States of America")
                .shortTitle("President").kind(OfficeKind.HEAD_OF_STATE).jurisdiction(USA).build(),
            Office.builder().id(KR_PRESIDENT.id()).title("President of the Republic of Korea")
                .shortTitle("President").kind(OfficeKind.HEAD_OF_STATE).jurisdiction(ROK).build(),
            Office.builder().id(KR_NSO_DEPUTY.id()).title("Principal Deputy National Security Adviser")
                .kind(OfficeKind.OTHER).jurisdiction(ROK).build(),
            Office.builder().id(US_NSC_SENIOR_DIRECTOR.id())
                .title("Special Assistant to the President and Senior Director for East Asia and"
                    + " Oceania, National Security Council")
                .shortTitle("Senior Director for East Asia and Oceania")
                .kind(OfficeKind.OTHER).jurisdiction(USA).build())
        .addEngagements(
            Meeting.builder()
                .id(STATE_VISIT.id())
                .title("Republic of Korea State Visit to the United States")
                .kind(MeetingKind.STATE_VISIT)
                .addSides(USA, ROK)
                .host(USA)
                .addParticipants(Participant.builder().person(YOON).side(ROK)
                    .addOffice(KR_PRESIDENT).build())
                .addEvidence(Evidence.quoting(Sources.FACT_SHEET_TEXT, "President Biden of the"
                    + " United States welcomed President Yoon of the Republic of Korea (ROK) on"
                    + " April 26, 2023, for a State Visit to commemorate the 70th anniversary of"
                    + " the U.S.-ROK Alliance."))
                .addEvidence(Evidence.quoting(Sources.YONHAP_BOSTON, "in Boston, where Yoon is on"
                    + " the second leg of his state visit to the U.S."))
                .build(),
            Meeting.builder()
                .id(SUMMIT.id())
                .kind(MeetingKind.SUMMIT)
                .addSides(USA, ROK)
                .host(USA)
                .date(DAY)
                .venue(Venue.builder().country(CountryCode.of("US")).city("Washington")
                    .building("White House").build())
                .addParticipants(
                    Participant.builder().person(BIDEN).side(USA).addOffice(US_PRESIDENT).build(),
                    Participant.builder().person(YOON).side(ROK).addOffice(KR_PRESIDENT).build())
                .partOf(STATE_VISIT)
                .addTopics(EXTENDED_DETERRENCE)
                .addEvidence(Evidence.quoting(Sources.ROK_OFFICE, "President Yoon Suk Yeol and U.S."
                    + " President Joe Biden on April 26 officially adopted the Washington"
                    + " Declaration at their bilateral summit in Washington."))
                .addEvidence(Evidence.quoting(Sources.YONHAP_BOSTON, "after their summit at the"
                    + " White House in Washington, D.C., on April 26, 2023.")
                    .withNote("a photo caption"))
                .addEvidence(declaration)
                .build())
        .addStatements(Documents.declaration(), Documents.jointStatement(),
            Documents.factSheet(), kimsBriefing(), kagansBriefing(), bostonRemark())
        .addTopics(
            Topic.builder()
                .id(EXTENDED_DETERRENCE.id())
                .label("Extended deterrence")
                .kind(TopicKind.THEME)
                .addParents(Topics.DEFENCE.ref())
                .description("The U.S. commitment to mobilizing all of its military capabilities,"
                    + " including nuclear, to defend its ally.")
                .addEvidence(Evidence.quoting(Sources.YONHAP_BOSTON, "Extended deterrence refers"
                    + " to the U.S. commitment to mobilizing all of its military capabilities,"
                    + " including nuclear, to defend its ally."))
                .build(),
            Topic.builder()
                .id(NCG.id())
                .label("Nuclear Consultative Group (NCG)")
                .kind(TopicKind.INITIATIVE)
                .addParents(EXTENDED_DETERRENCE)
                .addEvidence(Evidence.quoting(Sources.FACT_SHEET_TEXT, "The NCG will convene at"
                    + " the assistant secretary level."))
                .build())
        .addAllSources(Sources.all())
        .build();
  }

  private static Remarks kimsBriefing() {
    return Remarks.builder()
        .id(KIM_BRIEFING.id())
        .title("Kim Tae-hyo's briefing at the press room in Washington")
        .speaker(Attribution.of(KIM_TAE_HYO, KR_NSO_DEPUTY))
        .side(ROK)
        .date(DAY)
        .engagement(STATE_VISIT)
        .addTopics(EXTENDED_DETERRENCE)
        .confirmation(Confirmation.REPORTED)
        .addEvidence(Evidence.quoting(Sources.PRESSIAN, "김태효 국가안보실 1차장은 앞서 한미 정상의 '워싱턴"
            + " 선언'에 대해 \"우리 국민들이 사실상 미국과 핵을 공유하면서 지내는 것처럼 느끼게 될 것으로 생각한다\"고"
            + " 말했었다.").withNote("citing a KBS report"))
        .addEvidence(Evidence.quoting(Sources.KYUNGHYANG, "앞서 김태효 국가안보실 1차장은 26일(현지시간)"
            + " 워싱턴 현지 프레스룸 브리핑에서 \"한·미 양국은 이번에 미국 핵 운용에 대한 정보 공유와 공동계획"
            + " 메커니즘을 마련했다\"며 \"우리 국민이 사실상 미국과 핵을 공유하면서 지내는 것으로 느껴지게 될 것\"이라고"
            + " 한 바 있다.").withNote("the same words, worded otherwise"))
        .addEvidence(Evidence.quoting(Sources.YONHAP_BOSTON, "Principal Deputy National Security"
            + " Adviser Kim Tae-hyo told reporters the Washington Declaration will enable the South"
            + " Korean people to \"effectively feel that they are sharing nuclear weapons with the"
            + " United States.\""))
        .build();
  }

  private static Remarks kagansBriefing() {
    return Remarks.builder()
        .id(KAGAN_BRIEFING.id())
        .title("Edgard Kagan's briefing for South Korean correspondents")
        .speaker(Attribution.of(KAGAN, US_NSC_SENIOR_DIRECTOR))
        .side(USA)
        .date(FuzzyDate.parse("2023-04-27"))
        .quote("I don’t think that we see this as a de facto nuclear sharing")
        .addTopics(EXTENDED_DETERRENCE)
        .addRelations(StatementRelation.builder()
            .kind(RelationKind.CONTRADICTS)
            .target(KIM_BRIEFING)
            .addEvidence(Evidence.quoting(Sources.KBS_WORLD, "He was responding to questions on"
                + " the U.S. position regarding statements made by Kim Tae-hyo, the first deputy"
                + " director of South Korea's National Security Office, a day earlier, that the"
                + " declaration will make South Koreans \"feel that they are sharing nuclear"
                + " weapons with the U.S.\""))
            .addEvidence(Evidence.quoting(Sources.EPOCH_TIMES, "Kagan was commenting on remarks"
                + " made by Kim Tae-hyo, South Korea’s deputy national security adviser, that the"
                + " accord would make South Koreans “feel that they are sharing nuclear weapons with"
                + " the United States.”"))
            .build())
        .addPositions(Denial.builder()
            .addObjects(PositionObject.builder()
                .conduct("the Washington Declaration as de facto nuclear sharing")
                .build())
            .wording("I don’t think that we see this as")
            .addEvidence(Evidence.quoting(Sources.KBS_WORLD, "Kagan said that the allies held"
                + " in-depth discussions and Washington does not view the declaration as de facto"
                + " nuclear sharing, a term he said carries significant implications."))
            .build())
        .confirmation(Confirmation.REPORTED)
        .addEvidence(Evidence.quoting(Sources.EPOCH_TIMES, "“I don’t think that we see this as a"
            + " de facto nuclear sharing,” Edgard Kagan, special assistant to the president and"
            + " senior director for East Asia and Oceania of the National Security Council, said"
            + " Thursday.").withNote("citing Yonhap"))
        .addEvidence(Evidence.quoting(Sources.KBS_WORLD, "The remark from Edgard Kagan, the"
            + " special assistant to the president and senior director for East Asia and Oceania"
            + " at the National Security Council, came during a press briefing for South Korean"
            + " media correspondents on Thursday."))
        .build();
  }

  private static UnilateralStatement bostonRemark() {
    return UnilateralStatement.builder()
        .id(BOSTON_REMARK.id())
        .kind(StatementKind.SPOKESPERSON)
        .issuer(ROK)
        .date(FuzzyDate.parse("2023-04-28"))
        .engagement(STATE_VISIT)
        .addRelations(StatementRelation.builder()
            .kind(RelationKind.RESPONDS_TO)
            .target(KAGAN_BRIEFING)
            .addEvidence(Evidence.quoting(Sources.YONHAP_BOSTON, "A White House National Security"
                + " Council official later told reporters, however, that the U.S. does not see the"
                + " agreement as \"a de facto nuclear sharing,\" prompting questions about a"
                + " possible gap in the allies' interpretations."))
            .build())
        .addPositions(Denial.builder()
            .addObjects(PositionObject.builder()
                .addActors(ObjectActor.of(ROK, ObjectRole.MENTIONED),
                    ObjectActor.of(USA, ObjectRole.MENTIONED))
                .conduct("a gap between Seoul and Washington in their interpretation of a recent"
                    + " declaration on extended deterrence")
                .build())
            .wording("dismissed reports")
            .addTopics(EXTENDED_DETERRENCE)
            .addEvidence(Evidence.quoting(Sources.YONHAP_BOSTON, "South Korea's presidential"
                + " office dismissed reports of a gap between Seoul and Washington in their"
                + " interpretation of a recent declaration on extended deterrence, saying there is"
                + " no need to \"obsess\" over terminology such as \"nuclear sharing.\""))
            .build())
        .confirmation(Confirmation.REPORTED)
        .addEvidence(Evidence.quoting(Sources.YONHAP_BOSTON, "\"There's no need to obsess too much"
            + " over terminology,\" a presidential official told reporters in Boston, where Yoon is"
            + " on the second leg of his state visit to the U.S.")
            .withNote("the official is not named"))
        .build();
  }

  private static PersonName latin(String text, String given, String family, NameOrder order) {
    return PersonName.builder().text(text).script("Latn").language("en")
        .given(given).family(family).order(order).build();
  }
}
