package dev.entente.examples.japanrok2023;

import dev.entente.model.Actor;
import dev.entente.model.Appeal;
import dev.entente.model.Condemnation;
import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
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
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.Reiteration;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.StatementKind;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.ZonedDateTime;

/**
 * The Japan-ROK Foreign Ministers' Meeting, Busan, 26 November 2023, as the Japanese Ministry of
 * Foreign Affairs' readout, its minister's press conference, the Asahi Shimbun, the Yomiuri
 * Shimbun and a Yonhap report give it.
 *
 * <p>The Japanese minister's name is written three ways, each kept with its source and order:
 * "KAMIKAWA Yoko" (family name first, in capitals: {@link NameOrder#FAMILY_UPPER_GIVEN}) and
 * "Kamikawa Yoko" by the ministry, and "Yoko Kamikawa", given name first, as English-language
 * newspapers write it. The launch the ministers
 * condemned is an event topic with its own date, which the sources give a day apart (21 November
 * in the readout, 22 November in the Asahi). Minister Park's reply is known only through a Yonhap
 * report quoted in another article: a source with a publisher and a date, and no title or URL.
 *
 * <p>The sources give no start of either minister's term: each tenure starts "on or before 26
 * November 2023" ({@code ../2023-11-26}), which the meeting shows.
 */
public final class JapanRokBusan2023 {

  private JapanRokBusan2023() {}

  /** Japan. */
  public static final Ref<Actor> JAPAN = Ref.of("jpn");
  /** The Republic of Korea. */
  public static final Ref<Actor> ROK = Ref.of("kor");
  /** The DPRK. */
  public static final Ref<Actor> DPRK = Ref.of("prk");
  /** Kamikawa Yoko. */
  public static final Ref<Person> KAMIKAWA = Ref.of("kamikawa");
  /** The meeting. */
  public static final Ref<Engagement> MEETING = Ref.of("japan-rok-fm-busan-2023");
  /** The launch of 21 (or 22) November 2023. */
  public static final Ref<Topic> LAUNCH = Ref.of("dprk-launch-2023-11");
  /** The Yonhap report, known by its agency and day. */
  public static final Ref<Source> YONHAP = Ref.of("yonhap-2023-11-26");

  private static final Ref<Source> READOUT = Ref.of("mofa-readout-2023-11-26");
  private static final Ref<Source> PRESS_CONFERENCE = Ref.of("mofa-press-conference-2023-11-26");
  private static final Ref<Source> ASAHI = Ref.of("asahi-2023-11-26");
  private static final Ref<Source> YOMIURI = Ref.of("yomiuri-2023-11-26");
  private static final Ref<Source> REPOST = Ref.of("taraznovosti-2023-12-22");
  private static final FuzzyDate DAY = FuzzyDate.parse("2023-11-26");
  private static final Term BY_THE_MEETING = Term.from(FuzzyDate.parse("../2023-11-26"));

  /** The whole record, as one dossier. */
  public static Dossier dossier() {
    Evidence readout = Evidence.quoting(READOUT, "Ms. Kamikawa Yoko, Minister for Foreign Affairs"
        + " of Japan held a bilateral meeting with H.E. Dr. Park Jin, Minister of Foreign Affairs"
        + " of the Republic of Korea (ROK), during her visit to Busan");
    return Dossier.builder()
        .id("japan-rok-busan-2023")
        .title("Japan-ROK Foreign Ministers' Meeting, Busan, 26 November 2023")
        .addActors(
            State.of(JAPAN.id(), CountryCode.of("JP"), "Japan"),
            State.of(ROK.id(), CountryCode.of("KR"), "Republic of Korea"),
            State.of(DPRK.id(), CountryCode.of("KP"), "Democratic People's Republic of Korea"),
            Person.builder()
                .id(KAMIKAWA.id())
                .name("Kamikawa Yoko")
                .addNames(
                    PersonName.builder().text("KAMIKAWA Yoko").script("Latn").language("en")
                        .family("KAMIKAWA").given("Yoko").order(NameOrder.FAMILY_UPPER_GIVEN)
                        .build(),
                    PersonName.builder().text("Kamikawa Yoko").script("Latn").language("en")
                        .family("Kamikawa").given("Yoko").order(NameOrder.FAMILY_GIVEN).build(),
                    PersonName.builder().text("Yoko Kamikawa").script("Latn").language("en")
                        .family("Kamikawa").given("Yoko").order(NameOrder.GIVEN_FAMILY).build())
                .addTenures(Tenure.builder().office(Ref.of("jp-fm")).term(BY_THE_MEETING)
                    .addEvidence(readout).build())
                .build(),
            Person.builder()
                .id("park-jin")
                .name("Park Jin")
                .addNames(PersonName.builder().text("Park Jin").script("Latn").language("en")
                    .family("Park").given("Jin").order(NameOrder.FAMILY_GIVEN).build())
                .addTenures(Tenure.builder().office(Ref.of("kr-fm")).term(BY_THE_MEETING)
                    .addEvidence(readout).build())
                .build())
        .addOffices(
            Office.builder().id("jp-fm").title("Minister for Foreign Affairs")
                .kind(OfficeKind.FOREIGN_MINISTER).jurisdiction(JAPAN).build(),
            Office.builder().id("kr-fm").title("Minister of Foreign Affairs")
                .kind(OfficeKind.FOREIGN_MINISTER).jurisdiction(ROK).build())
        .addEngagements(Meeting.builder()
            .id(MEETING.id())
            .title("Japan-ROK Foreign Ministers' Meeting")
            .kind(MeetingKind.MEETING)
            .addSides(JAPAN, ROK)
            .date(DAY)
            .startsAt(ZonedDateTime.parse("2023-11-26T09:00+09:00[Asia/Seoul]"))
            .venue(Venue.builder().country(CountryCode.of("KR")).city("Busan").build())
            .addParticipants(
                Participant.builder().person(KAMIKAWA).side(JAPAN).addOffice(Ref.of("jp-fm"))
                    .build(),
                Participant.builder().person(Ref.of("park-jin")).side(ROK)
                    .addOffice(Ref.of("kr-fm")).build())
            .addEvidence(Evidence.quoting(READOUT, "On November 26, commencing at 09:00 a.m. for"
                + " approximately 85 minutes"))
            .addEvidence(readout)
            .build())
        .addStatements(readout(), parksReply())
        .addTopics(Topic.builder()
            .id(LAUNCH.id())
            .label("North Korea's launch using ballistic missile technology, November 2023")
            .kind(TopicKind.EVENT)
            .date(FuzzyDate.parse("2023-11-21/2023-11-22"))
            .description("The readout dates the launch 21 November, the Asahi Shimbun 22"
                + " November; the date covers both.")
            .addEvidence(Evidence.quoting(READOUT, "North Korea's launch using ballistic missile"
                + " technology conducted on November 21"))
            .addEvidence(Evidence.quoting(ASAHI, "Pyongyang's launch of a military"
                + " reconnaissance satellite on Nov. 22"))
            .build())
        .addSources(
            Source.builder().id(READOUT.id()).kind(SourceKind.PRESS_RELEASE)
                .title("Japan-ROK Foreign Ministers' Meeting")
                .publisher("Ministry of Foreign Affairs of Japan")
                .published(DAY)
                .url(URI.create("https://www.mofa.go.jp/a_o/na/kr/page6e_000403.html"))
                .language("en").build(),
            Source.builder().id(PRESS_CONFERENCE.id()).kind(SourceKind.TRANSCRIPT)
                .title("Extraordinary Press Conference by Foreign Minister KAMIKAWA Yoko")
                .publisher("Ministry of Foreign Affairs of Japan")
                .published(DAY)
                .url(URI.create("https://www.mofa.go.jp/press/kaiken/kaikenwe_000001_00005.html"))
                .language("en").build(),
            Source.builder().id(ASAHI.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("The Asahi Shimbun")
                .published(DAY)
                .url(URI.create("https://ajw-origin.potaufeu.asahi.com/ajw/articles/15067233"))
                .language("en").build(),
            Source.builder().id(YOMIURI.id()).kind(SourceKind.NEWS_ARTICLE)
                .title("Japan Foreign Minister Objects to 'Comfort Women' Ruling; South Korean"
                    + " Counterpart Says He Respects 2015 Agreement")
                .publisher("The Japan News (Yomiuri Shimbun)")
                .published(DAY)
                .url(URI.create("https://japannews.yomiuri.co.jp/politics/politics-government/"
                    + "20231126-152023/"))
                .language("en").build(),
            Source.builder().id(YONHAP.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("Yonhap News Agency")
                .published(DAY)
                .note("Known only as quoted in a later article (taraznovosti-2023-12-22); its"
                    + " day is that of the meeting it reports.")
                .build(),
            Source.builder().id(REPOST.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("Taraz Novosti")
                .published(FuzzyDate.parse("2023-12-22"))
                .url(URI.create("https://taraznovosti.com/2023/12/22/"
                    + "kamikawa-conveys-comfort-women-stance-to-south-korean-envoy/"))
                .note("A repost whose original publisher it does not name.")
                .language("en").build())
        .build();
  }

  private static UnilateralStatement readout() {
    return UnilateralStatement.builder()
        .id("mofa-readout")
        .kind(StatementKind.READOUT)
        .issuer(JAPAN)
        .date(DAY)
        .engagement(MEETING)
        .addPositions(
            Condemnation.builder()
                .addHolders(JAPAN, ROK)
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.builder().actor(DPRK).role(ObjectRole.CONDUCT).build())
                    .phenomenon(LAUNCH)
                    .build())
                .intensity(Intensity.of(IntensityLevel.STRONG, "strongly"))
                .addEvidence(Evidence.quoting(READOUT, "The two Ministers strongly condemned"
                    + " North Korea's launch using ballistic missile technology conducted on"
                    + " November 21"))
                .build(),
            Appeal.builder()
                .addHolders(Ref.widen(KAMIKAWA))
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.builder().actor(ROK).role(ObjectRole.ADDRESSEE).build())
                    .conduct("take appropriate measures to remedy the breaches of international"
                        + " law")
                    .build())
                .reiteration(Reiteration.builder().wording("again")
                    .addEvidence(Evidence.of(READOUT)).build())
                .addEvidence(Evidence.quoting(READOUT, "She again urged the ROK to take"
                    + " appropriate measures to remedy the breaches of international law."))
                .build())
        .addEvidence(Evidence.of(READOUT))
        .build();
  }

  private static UnilateralStatement parksReply() {
    return UnilateralStatement.builder()
        .id("park-reply")
        .kind(StatementKind.REPORTED_POSITION)
        .issuer(ROK)
        .date(DAY)
        .engagement(MEETING)
        .addPositions(Recognition.builder()
            .addHolders(ROK)
            .addObjects(PositionObject.builder()
                .conduct("the 2015 agreement on the comfort women issue, as an official agreement"
                    + " between the two countries")
                .build())
            .wording("respects")
            .reiteration(Reiteration.builder().wording("reiterated")
                .addEvidence(Evidence.of(REPOST)).build())
            .addEvidence(Evidence.builder().source(YONHAP)
                .quote("Park reiterated Seoul's position that it respects the 2015 agreement")
                .note("as quoted in taraznovosti-2023-12-22, from a South Korean Foreign"
                    + " Ministry official")
                .build())
            .addEvidence(Evidence.quoting(YOMIURI, "Park said he respected the 2015 agreement"))
            .build())
        .addEvidence(Evidence.of(YONHAP))
        .build();
  }
}
