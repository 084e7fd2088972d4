package dev.entente.examples;

import static dev.entente.model.Evidence.quoting;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Attribution;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
import dev.entente.model.JointStatement;
import dev.entente.model.Level;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.Monitoring;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Opposition;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.Welcome;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import dev.entente.time.RelativeTime;
import dev.entente.time.ResolvedTime;
import java.net.URI;
import java.time.LocalTime;

/**
 * The seed article, a Herald Economy report on the 9th ROK-UK Foreign Ministerial Strategic
 * Dialogue (Seoul, 21 October 2024), encoded as one {@link Dossier} together with what the
 * primary sources say where the article is vague or wrong.
 *
 * <p>The article gives days without a month ("on the 21st"), relative times ("the previous day",
 * "last month", "first half of next year") and one wrong name ("Cho Tae-yong"). Each of these is
 * kept in the article's own words, resolved by {@link RelativeTime} against the article's
 * uncertain publication day, and set beside the primary sources' version with its source.
 * Facts that no source here gives (identifiers, exact titles, times of day) are left absent.
 *
 * <pre>{@code
 * Dossier dossier = KoreaUkDialogue2024.dossier();
 * }</pre>
 */
public final class KoreaUkDialogue2024 {

  // ---- Sources -------------------------------------------------------------------------------

  /** The article: an English translation of a Herald Economy report by Choi Eun-ji. */
  public static final Ref<Source> ARTICLE = Ref.of("herald-economy-article");
  /** S1: the Korean Ministry of Foreign Affairs press release on the dialogue. */
  public static final Ref<Source> MOFA_PRESS_RELEASE = Ref.of("s1-mofa-press-release");
  /** S2: Minister Cho's opening remarks, dated 10.21. */
  public static final Ref<Source> OPENING_REMARKS = Ref.of("s2-cho-opening-remarks");
  /** S3: the text of the joint statement on Russia-DPRK military cooperation, reproduced. */
  public static final Ref<Source> STATEMENT_TEXT = Ref.of("s3-joint-statement-text");
  /** S4: Korea Herald reports quoting the outcome joint statement. */
  public static final Ref<Source> KOREA_HERALD = Ref.of("s4-korea-herald");
  /** S4: the second Korea Herald report. */
  public static final Ref<Source> KOREA_HERALD_MOBILE = Ref.of("s4-korea-herald-mobile");

  // ---- Actors ----------------------------------------------------------------------------------

  /** The Republic of Korea. */
  public static final Ref<Actor> ROK = Ref.of("rok");
  /** The United Kingdom. */
  public static final Ref<Actor> UK = Ref.of("uk");
  /** The Democratic People's Republic of Korea. */
  public static final Ref<Actor> DPRK = Ref.of("dprk");
  /** The Russian Federation. */
  public static final Ref<Actor> RUSSIA = Ref.of("russia");
  /** Ukraine. */
  public static final Ref<Actor> UKRAINE = Ref.of("ukraine");
  /** The People's Republic of China. */
  public static final Ref<Actor> CHINA = Ref.of("china");
  /** The United States. */
  public static final Ref<Actor> USA = Ref.of("usa");
  /** Australia. */
  public static final Ref<Actor> AUSTRALIA = Ref.of("australia");
  /** Canada. */
  public static final Ref<Actor> CANADA = Ref.of("canada");
  /** New Zealand. */
  public static final Ref<Actor> NEW_ZEALAND = Ref.of("new-zealand");
  /** AUKUS, the security partnership of Australia, the UK and the US: a grouping, not a state. */
  public static final Ref<Actor> AUKUS = Ref.of("aukus");
  /** The Group of Seven. */
  public static final Ref<Actor> G7 = Ref.of("g7");
  /** The Korean Ministry of Foreign Affairs. */
  public static final Ref<Actor> MOFA = Ref.of("rok-mofa");
  /** Cho Tae-yul, the Korean foreign minister (the article's "Cho Tae-yong"). */
  public static final Ref<Person> CHO = Ref.of("cho-tae-yul");
  /** David Lammy, the UK Foreign Secretary. */
  public static final Ref<Person> LAMMY = Ref.of("david-lammy");
  /** Yoon Suk Yeol, President of the Republic of Korea (the article's "Yoon Suk-yeol"). */
  public static final Ref<Person> YOON = Ref.of("yoon-suk-yeol");

  // ---- Offices ---------------------------------------------------------------------------------

  /** Minister of Foreign Affairs of the Republic of Korea. */
  public static final Ref<Office> ROK_FOREIGN_MINISTER = Ref.of("rok-foreign-minister");
  /** Minister of National Defense of the Republic of Korea. */
  public static final Ref<Office> ROK_DEFENCE_MINISTER = Ref.of("rok-defence-minister");
  /** President of the Republic of Korea. */
  public static final Ref<Office> ROK_PRESIDENT = Ref.of("rok-president");
  /** The UK's Secretary of State for Foreign, Commonwealth and Development Affairs. */
  public static final Ref<Office> UK_FOREIGN_SECRETARY = Ref.of("uk-foreign-secretary");
  /** The UK's Secretary of State for Defence. */
  public static final Ref<Office> UK_DEFENCE_SECRETARY = Ref.of("uk-defence-secretary");

  // ---- Series, engagements, plans, statements --------------------------------------------------

  /** The ROK-UK Foreign Ministerial Strategic Dialogue, held since December 2014. */
  public static final Ref<DialogueSeries> STRATEGIC_DIALOGUE = Ref.of("rok-uk-strategic-dialogue");
  /** The ROK-UK Foreign and Defence Ministerial 2+2. */
  public static final Ref<DialogueSeries> TWO_PLUS_TWO = Ref.of("rok-uk-2plus2");
  /** The 9th session of the strategic dialogue, Seoul, 21 October 2024. */
  public static final Ref<Engagement> NINTH_DIALOGUE = Ref.of("strategic-dialogue-9");
  /** Lammy's courtesy call on President Yoon, 21 October 2024. */
  public static final Ref<Engagement> COURTESY_CALL = Ref.of("lammy-calls-on-yoon");
  /** The inaugural 2+2, agreed for early 2025. */
  public static final Ref<PlannedMeeting> FIRST_TWO_PLUS_TWO = Ref.of("first-2plus2");
  /** The outcome joint statement of the 9th dialogue. */
  public static final Ref<dev.entente.model.Statement> OUTCOME_STATEMENT =
      Ref.of("outcome-joint-statement");
  /** The separate joint statement on Russia-DPRK military cooperation, 22 October 2024. */
  public static final Ref<dev.entente.model.Statement> RUSSIA_DPRK_STATEMENT =
      Ref.of("joint-statement-russia-dprk");
  /** Cho's "We will strengthen cooperation with the G7", as the article reports it. */
  public static final Ref<dev.entente.model.Statement> CHO_ON_G7 = Ref.of("cho-on-g7");
  /** Lammy's hope for AUKUS Pillar II cooperation, during the courtesy call. */
  public static final Ref<dev.entente.model.Statement> LAMMY_ON_PILLAR_TWO =
      Ref.of("lammy-on-pillar-two");
  /** The AUKUS defence ministers' statement of September 2024 ("last month"). */
  public static final Ref<dev.entente.model.Statement> AUKUS_DEFENCE_MINISTERS =
      Ref.of("aukus-defence-ministers-2024-09");

  // ---- Topics this dossier defines --------------------------------------------------------------

  /** AUKUS Pillar I: nuclear-powered submarines for Australia. */
  public static final Ref<Topic> PILLAR_ONE = Ref.of("aukus-pillar-1");
  /** AUKUS Pillar II: advanced military technologies, co-developed. */
  public static final Ref<Topic> PILLAR_TWO = Ref.of("aukus-pillar-2");
  /** The Downing Street Accord of November 2023. */
  public static final Ref<Topic> DOWNING_STREET_ACCORD = Ref.of("downing-street-accord");
  /** The Korea-UK free trade agreement. */
  public static final Ref<Topic> KOREA_UK_FTA = Ref.of("korea-uk-fta");
  /** Russia's war against Ukraine. */
  public static final Ref<Topic> WAR_IN_UKRAINE = Ref.of("war-in-ukraine");
  /** Regions discussed. */
  public static final Ref<Topic> NORTHEAST_ASIA = Ref.of("northeast-asia");
  /** Regions discussed. */
  public static final Ref<Topic> MIDDLE_EAST = Ref.of("middle-east");
  /** Ukraine as a subject of talks (the state is {@link #UKRAINE}). */
  public static final Ref<Topic> UKRAINE_REGION = Ref.of("ukraine-region");
  /** The Indo-Pacific. */
  public static final Ref<Topic> INDO_PACIFIC = Ref.of("indo-pacific");
  /** The Euro-Atlantic area. */
  public static final Ref<Topic> EURO_ATLANTIC = Ref.of("euro-atlantic");
  /** The Korean Peninsula. */
  public static final Ref<Topic> KOREAN_PENINSULA = Ref.of("korean-peninsula");

  // ---- Times -------------------------------------------------------------------------------------

  /**
   * When the article appeared: it reports the statement "on the 22nd" and calls September 2024
   * "last month", so some day from 22 to 31 October 2024.
   */
  public static final FuzzyDate PUBLICATION = FuzzyDate.parse("2024-10-22/2024-10-31");

  private static final FuzzyDate DIALOGUE_DAY = FuzzyDate.parse("2024-10-21");
  private static final FuzzyDate STATEMENT_DAY = FuzzyDate.parse("2024-10-22");

  private KoreaUkDialogue2024() {}

  /** The whole story as one dossier. */
  public static Dossier dossier() {
    return Dossier.builder()
        .id("rok-uk-strategic-dialogue-2024")
        .title("The 9th ROK-UK Foreign Ministerial Strategic Dialogue, Seoul, 21 October 2024")
        .description(
            "Cho Tae-yul and David Lammy held the 9th strategic dialogue in Seoul, issued an outcome"
                + " joint statement and, the next day, a separate joint statement condemning"
                + " Russia-DPRK military cooperation, and agreed to hold the first Foreign and"
                + " Defence 2+2 in early 2025.")
        .addAllSources(Sources.all())
        .addAllActors(Actors.all())
        .addAllOffices(Offices.all())
        .addSeries(strategicDialogue(), twoPlusTwo())
        .addAllEngagements(Engagements.all())
        .addPlannedMeetings(firstTwoPlusTwo())
        .addStatements(
            outcomeStatement(),
            russiaDprkStatement(),
            choOnG7(),
            lammyOnPillarTwo(),
            aukusDefenceMinisters(),
            opposesAukusExpansion("china-opposes-aukus-expansion", CHINA),
            opposesAukusExpansion("dprk-opposes-aukus-expansion", DPRK))
        .addAllTopics(topics())
        .build();
  }

  // ---- Sources -------------------------------------------------------------------------------

  static final class Sources {
    private Sources() {}

    static java.util.List<Source> all() {
      return java.util.List.of(
          Source.builder()
              .id(ARTICLE.id())
              .kind(SourceKind.NEWS_ARTICLE)
              .title("Foreign Ministers of Korea and the UK Issue Separate Statement on the"
                  + " Occasion of Strategic Dialogue")
              .publisher("Herald Economy")
              .addAuthors("Choi Eun-ji")
              .section("Politics")
              .published(PUBLICATION)
              .localTime(LocalTime.of(11, 9))
              .language("en")
              .originalLanguage("ko")
              .note("An English translation. Gives days without a month and relative times, and"
                  + " spells the Korean minister's name \"Cho Tae-yong\".")
              .build(),
          Source.builder()
              .id(MOFA_PRESS_RELEASE.id())
              .kind(SourceKind.PRESS_RELEASE)
              .title("The 9th Foreign Ministerial Strategic Dialogue between the Republic of Korea"
                  + " and the United Kingdom held in Seoul")
              .publisher("Ministry of Foreign Affairs of the Republic of Korea")
              .url(URI.create("https://down.mofa.go.kr/eng/brd/m_5674/view.do?seq=321078"))
              .language("en")
              .build(),
          Source.builder()
              .id(OPENING_REMARKS.id())
              .kind(SourceKind.TRANSCRIPT)
              .publisher("Ministry of Foreign Affairs of the Republic of Korea")
              .published(DIALOGUE_DAY)
              .url(URI.create("https://nic.mofa.go.kr/www/brd/m_20140/view.do?page=1&seq=302792"))
              .note("Minister Cho's opening remarks at the dialogue, dated 10.21.")
              .build(),
          Source.builder()
              .id(STATEMENT_TEXT.id())
              .kind(SourceKind.STATEMENT_TEXT)
              .publisher("UK Defence Journal")
              .url(URI.create(
                  "https://ukdefencejournal.org.uk/britain-and-south-korea-condemn-north-korea"))
              .language("en")
              .note("The text of the ministers' joint statement on Russia-DPRK military"
                  + " cooperation, as reproduced.")
              .build(),
          Source.builder()
              .id(KOREA_HERALD.id())
              .kind(SourceKind.NEWS_ARTICLE)
              .publisher("The Korea Herald")
              .url(URI.create("http://khview.heraldm.com/view.php?ud=20241022050608"))
              .language("en")
              .note("Quotes the outcome joint statement.")
              .build(),
          Source.builder()
              .id(KOREA_HERALD_MOBILE.id())
              .kind(SourceKind.NEWS_ARTICLE)
              .publisher("The Korea Herald")
              .url(URI.create("https://koreaherald.com/mobile/khpad_view.php?ud=20241022050282"))
              .language("en")
              .note("Quotes the outcome joint statement.")
              .build());
    }
  }

  // ---- Actors --------------------------------------------------------------------------------

  static final class Actors {
    private Actors() {}

    static java.util.List<Actor> all() {
      return java.util.List.of(
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
              PersonName.builder().text("조태열").script("Hang").language("ko").build(),
              PersonName.builder()
                  .text("Jo Tae-yeol")
                  .script("Latn")
                  .romanization("Revised Romanization of Korean")
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
          .addNames(PersonName.builder().text("윤석열").script("Hang").language("ko").build())
          .addAliases(Wording.of("Yoon Suk-yeol", Evidence.of(ARTICLE)))
          .addTenures(Tenure.builder()
              .office(ROK_PRESIDENT)
              .term(Term.of(FuzzyDate.parse("2022-05-10"), FuzzyDate.parse("2025-04-04")))
              .build())
          .build();
    }
  }

  // ---- Offices -------------------------------------------------------------------------------

  static final class Offices {
    private Offices() {}

    static java.util.List<Office> all() {
      return java.util.List.of(
          Office.builder()
              .id(ROK_FOREIGN_MINISTER.id())
              .title("Minister of Foreign Affairs")
              .kind(OfficeKind.FOREIGN_MINISTER)
              .jurisdiction(ROK)
              .body(MOFA)
              .build(),
          Office.builder()
              .id(ROK_DEFENCE_MINISTER.id())
              .title("Minister of National Defense")
              .kind(OfficeKind.DEFENCE_MINISTER)
              .jurisdiction(ROK)
              .build(),
          Office.builder()
              .id(ROK_PRESIDENT.id())
              .title("President of the Republic of Korea")
              .kind(OfficeKind.HEAD_OF_STATE)
              .jurisdiction(ROK)
              .build(),
          Office.builder()
              .id(UK_FOREIGN_SECRETARY.id())
              .title("Secretary of State for Foreign, Commonwealth and Development Affairs")
              .shortTitle("Foreign Secretary")
              .kind(OfficeKind.FOREIGN_MINISTER)
              .jurisdiction(UK)
              .build(),
          Office.builder()
              .id(UK_DEFENCE_SECRETARY.id())
              .title("Secretary of State for Defence")
              .shortTitle("Defence Secretary")
              .kind(OfficeKind.DEFENCE_MINISTER)
              .jurisdiction(UK)
              .build());
    }
  }

  // ---- Series --------------------------------------------------------------------------------

  static DialogueSeries strategicDialogue() {
    return DialogueSeries.builder()
        .id(STRATEGIC_DIALOGUE.id())
        .name("ROK-UK Foreign Ministerial Strategic Dialogue")
        .addSides(ROK, UK)
        .level(Level.MINISTERIAL)
        .addPrincipalKinds(OfficeKind.FOREIGN_MINISTER)
        .established(FuzzyDate.parse("2014-12"))
        .addEvidence(Evidence.builder()
            .source(MOFA_PRESS_RELEASE)
            .note("The 1st session was held in London in December 2014.")
            .build())
        .build();
  }

  static DialogueSeries twoPlusTwo() {
    return DialogueSeries.builder()
        .id(TWO_PLUS_TWO.id())
        .name("ROK-UK Foreign and Defence Ministerial 2+2 Meeting")
        .addSides(ROK, UK)
        .level(Level.MINISTERIAL)
        .addPrincipalKinds(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER)
        .addEvidence(Evidence.of(KOREA_HERALD))
        .build();
  }

  // ---- Engagements ---------------------------------------------------------------------------

  static final class Engagements {
    private Engagements() {}

    static java.util.List<Engagement> all() {
      return java.util.List.of(
          earlierRound(1, "2014-12", "London", "GB", null),
          earlierRound(2, "2015-08-10", "Seoul", "KR", null),
          earlierRound(3, "2017-02-22", "London", "GB", "Lancaster House"),
          earlierRound(7, "2022-09-28", "Seoul", "KR", null),
          earlierRound(8, "2023-09", "London", "GB", null),
          ninthDialogue(),
          courtesyCall());
    }

    /** An earlier round, as the ministry's releases name it: ordinal, date and city. */
    private static Dialogue earlierRound(
        int ordinal, String date, String city, String country, String building) {
      Venue.Builder venue = Venue.builder().country(CountryCode.of(country)).city(city);
      if (building != null) {
        venue.building(building);
      }
      return Dialogue.builder()
          .id("strategic-dialogue-" + ordinal)
          .series(STRATEGIC_DIALOGUE)
          .ordinal(ordinal)
          .addSides(ROK, UK)
          .date(FuzzyDate.parse(date))
          .venue(venue.build())
          .addEvidence(Evidence.of(MOFA_PRESS_RELEASE))
          .build();
    }

    static Dialogue ninthDialogue() {
      return Dialogue.builder()
          .id(NINTH_DIALOGUE.id())
          .series(STRATEGIC_DIALOGUE)
          .ordinal(9)
          .addSides(ROK, UK)
          .host(ROK)
          .date(DIALOGUE_DAY)
          .addDateClaims(
              DateClaim.of(RelativeTime.resolve("the 21st", PUBLICATION),
                  quoting(ARTICLE, "held the 9th Korea-UK Foreign Ministers' Strategic Dialogue"
                      + " in Seoul's Jongno-gu at the Ministry of Foreign Affairs building on the"
                      + " 21st")),
              DateClaim.of(DIALOGUE_DAY, Evidence.of(MOFA_PRESS_RELEASE),
                  Evidence.of(OPENING_REMARKS)))
          .venue(Venue.builder()
              .country(CountryCode.of("KR"))
              .city("Seoul")
              .district("Jongno-gu")
              .building("Ministry of Foreign Affairs")
              .build())
          .addParticipants(
              Participant.builder()
                  .person(CHO)
                  .side(ROK)
                  .office(ROK_FOREIGN_MINISTER)
                  .addRoles(ParticipantRole.PRINCIPAL, ParticipantRole.CO_CHAIR)
                  .addTitlesAsWritten(Wording.of("Foreign Minister", Evidence.of(ARTICLE)))
                  .build(),
              Participant.builder()
                  .person(LAMMY)
                  .side(UK)
                  .office(UK_FOREIGN_SECRETARY)
                  .addRoles(ParticipantRole.PRINCIPAL, ParticipantRole.CO_CHAIR)
                  .addTitlesAsWritten(
                      Wording.of("British Foreign Minister", Evidence.of(ARTICLE)))
                  .build())
          .addTopics(NORTHEAST_ASIA, MIDDLE_EAST, UKRAINE_REGION, DOWNING_STREET_ACCORD)
          .addEvidence(
              Evidence.of(MOFA_PRESS_RELEASE),
              Evidence.of(OPENING_REMARKS),
              Evidence.quoting(ARTICLE, "exchanged views on regional and international issues"
                  + " including Northeast Asia, the Middle East, and Ukraine"),
              Evidence.builder()
                  .source(MOFA_PRESS_RELEASE)
                  .note("The first dialogue since the Global Strategic Partnership of the Downing"
                      + " Street Accord.")
                  .build())
          .build();
    }

    static Meeting courtesyCall() {
      return Meeting.builder()
          .id(COURTESY_CALL.id())
          .kind(MeetingKind.COURTESY_CALL)
          .addSides(UK, ROK)
          .host(ROK)
          .date(DIALOGUE_DAY)
          .addDateClaims(DateClaim.of(
              RelativeTime.resolve("the previous day", STATEMENT_DAY),
              quoting(ARTICLE, "Minister Lammy, who met President Yoon Suk-yeol the previous"
                  + " day")))
          .addParticipants(
              Participant.builder()
                  .person(LAMMY)
                  .side(UK)
                  .office(UK_FOREIGN_SECRETARY)
                  .addRoles(ParticipantRole.VISITOR)
                  .build(),
              Participant.builder()
                  .person(YOON)
                  .side(ROK)
                  .office(ROK_PRESIDENT)
                  .addRoles(ParticipantRole.RECEIVER)
                  .addTitlesAsWritten(Wording.of("President", Evidence.of(ARTICLE)))
                  .build())
          .addTopics(PILLAR_TWO)
          .addEvidence(Evidence.of(ARTICLE))
          .build();
    }
  }

  // ---- The planned 2+2 -----------------------------------------------------------------------

  static PlannedMeeting firstTwoPlusTwo() {
    return PlannedMeeting.builder()
        .id(FIRST_TWO_PLUS_TWO.id())
        .title("Inaugural ROK-UK Foreign and Defence Ministerial 2+2 Meeting")
        .series(TWO_PLUS_TWO)
        .ordinal(1)
        .addSides(ROK, UK)
        .addPrincipals(
            ROK_FOREIGN_MINISTER, ROK_DEFENCE_MINISTER, UK_FOREIGN_SECRETARY, UK_DEFENCE_SECRETARY)
        .addLifecycle(
            MeetingChange.builder()
                .status(PlannedStatus.AGREED)
                .date(FuzzyDate.parse("2023"))
                .addEvidence(Evidence.builder()
                    .source(OPENING_REMARKS)
                    .note("Cho recalls that the 2+2 was first agreed in 2023.")
                    .build())
                .build(),
            MeetingChange.builder()
                .status(PlannedStatus.AGREED)
                .date(DIALOGUE_DAY)
                .addWindows(
                    DateClaim.of(RelativeTime.resolve("first half of next year", PUBLICATION),
                        quoting(ARTICLE, "The ministers agreed to hold a 2+2 Ministerial Meeting"
                            + " (Foreign and Defense) between the two countries in the first half"
                            + " of next year")),
                    DateClaim.of(RelativeTime.resolve("early 2025", DIALOGUE_DAY),
                        quoting(KOREA_HERALD, "agreed to hold the inaugural ROK-UK Foreign and"
                            + " Defence Ministerial 2+2 Meeting in early 2025")))
                .announcedIn(OUTCOME_STATEMENT)
                .addEvidence(Evidence.of(KOREA_HERALD), Evidence.of(ARTICLE))
                .build())
        .build();
  }

  // ---- Statements ----------------------------------------------------------------------------

  static JointStatement outcomeStatement() {
    return JointStatement.builder()
        .id(OUTCOME_STATEMENT.id())
        .addIssuers(ROK, UK)
        .addSignatories(
            Attribution.of(CHO, ROK_FOREIGN_MINISTER),
            Attribution.of(LAMMY, UK_FOREIGN_SECRETARY))
        .date(DIALOGUE_DAY)
        .engagement(NINTH_DIALOGUE)
        .addPositions(
            Agreement.builder()
                .addObjects(PositionObject.builder()
                    .conduct("the current geopolitical situation shows the interconnectedness of"
                        + " European and Indo-Pacific security")
                    .build())
                .addTopics(Topics.SECURITY.ref(), INDO_PACIFIC, EURO_ATLANTIC)
                .addEvidence(quoting(ARTICLE, "the ministers agreed that the current geopolitical"
                    + " situation shows the interconnectedness of European and Indo-Pacific"
                    + " security"))
                .build(),
            Agreement.builder()
                .addObjects(PositionObject.builder()
                    .conduct("hold the inaugural ROK-UK Foreign and Defence Ministerial 2+2"
                        + " Meeting")
                    .build())
                .plannedMeeting(FIRST_TWO_PLUS_TWO)
                .addTopics(Topics.DEFENCE.ref(), Topics.SECURITY.ref())
                .addEvidence(
                    quoting(KOREA_HERALD, "agreed to hold the inaugural ROK-UK Foreign and"
                        + " Defence Ministerial 2+2 Meeting in early 2025"),
                    quoting(ARTICLE, "The ministers agreed to hold a 2+2 Ministerial Meeting"
                        + " (Foreign and Defense) between the two countries in the first half of"
                        + " next year"))
                .build(),
            Agreement.builder()
                .addObjects(PositionObject.builder()
                    .conduct("continue discussions on improving the Korea-UK FTA, economic"
                        + " cooperation, advanced science (AI, quantum, bio), cyber cooperation,"
                        + " climate change, clean energy and development collaboration")
                    .build())
                .addTopics(
                    KOREA_UK_FTA,
                    Topics.ECONOMY.ref(),
                    Topics.AI.ref(),
                    Topics.QUANTUM.ref(),
                    Topics.BIO.ref(),
                    Topics.CYBER.ref(),
                    Topics.CLIMATE.ref(),
                    Topics.CLEAN_ENERGY.ref(),
                    Topics.DEVELOPMENT.ref())
                .addEvidence(
                    quoting(ARTICLE, "continue discussions on matters such as improving the"
                        + " Korea-UK FTA, economic cooperation, advanced science fields like AI,"
                        + " quantum science technology, bio, as well as cyber cooperation, climate"
                        + " change, clean energy, and development collaboration"),
                    Evidence.builder()
                        .source(OPENING_REMARKS)
                        .note("Lists the FTA upgrade; AI, quantum, bio; clean energy including"
                            + " nuclear; cyber; climate; development; the UN Security Council,"
                            + " the G7 and the G20.")
                        .build())
                .build(),
            Recognition.builder()
                .addObjects(PositionObject.builder()
                    .addTargets(AUKUS)
                    .conduct("contributes to the security and stability of the Indo-Pacific"
                        + " region and beyond")
                    .build())
                .addTopics(INDO_PACIFIC, Topics.SECURITY.ref())
                .wording("AUKUS contributes to the security and stability of the Indo-Pacific"
                    + " region and beyond")
                .addEvidence(quoting(ARTICLE, "Both sides recognized that \u201cAUKUS"
                    + " contributes to the security and stability of the Indo-Pacific region and"
                    + " beyond\u201d"))
                .build(),
            Welcome.builder()
                .addObjects(PositionObject.builder()
                    .addTargets(ROK, AUKUS)
                    .conduct("ongoing consultations on potential collaboration under Pillar Two")
                    .build())
                .addTopics(PILLAR_TWO)
                .wording("welcomed ongoing consultations between the ROK and AUKUS on potential"
                    + " collaboration under Pillar Two")
                .addEvidence(
                    quoting(KOREA_HERALD_MOBILE, "welcomed ongoing consultations between the ROK"
                        + " and AUKUS on potential collaboration under Pillar Two"),
                    quoting(ARTICLE, "welcomed ongoing consultations for potential cooperation"
                        + " between Korea and AUKUS Pillar-2"))
                .build())
        .confirmation(Confirmation.CONFIRMED)
        .addEvidence(Evidence.of(KOREA_HERALD), Evidence.of(KOREA_HERALD_MOBILE),
            Evidence.of(ARTICLE))
        .build();
  }

  static JointStatement russiaDprkStatement() {
    return JointStatement.builder()
        .id(RUSSIA_DPRK_STATEMENT.id())
        .addIssuers(ROK, UK)
        .addSignatories(
            Attribution.of(CHO, ROK_FOREIGN_MINISTER),
            Attribution.of(LAMMY, UK_FOREIGN_SECRETARY))
        .date(STATEMENT_DAY)
        .addDateClaims(
            DateClaim.of(RelativeTime.resolve("the 22nd", PUBLICATION),
                quoting(ARTICLE, "issued a statement on the 22nd condemning military cooperation"
                    + " between Russia and North Korea")),
            DateClaim.of(STATEMENT_DAY, Evidence.of(STATEMENT_TEXT)))
        .engagement(NINTH_DIALOGUE)
        .addRelations(StatementRelation.of(RelationKind.SEPARATE_FROM, OUTCOME_STATEMENT))
        .addPositions(
            Condemnation.builder()
                .intensity(Intensity.of(IntensityLevel.STRONGEST, "in the strongest terms"))
                .addObjects(
                    PositionObject.builder()
                        .addTargets(DPRK)
                        .conduct("continued unlawful arms transfers to Russia")
                        .build(),
                    PositionObject.builder()
                        .addTargets(DPRK)
                        .conduct("deployment of its troops to the Russian Federation to support"
                            + " Russia's unlawful war of aggression in Ukraine")
                        .hedging(Hedging.of(HedgeLevel.REPORTED, "reported"))
                        .build())
                .addGrounds(
                    "violates multiple UN Security Council resolutions",
                    "prolongs the suffering of the Ukrainian people",
                    "threatens global security, including that of the ROK and the UK",
                    "demonstrates the desperation of the DPRK and Russia")
                .addTopics(WAR_IN_UKRAINE, Topics.DEFENCE.ref(), Topics.SANCTIONS.ref())
                .wording("We condemn in the strongest terms the DPRK's continued unlawful arms"
                    + " transfers and the reported deployment of its troops to the Russian"
                    + " Federation to support Russia's unlawful war of aggression in Ukraine")
                .addEvidence(
                    Evidence.builder()
                        .source(STATEMENT_TEXT)
                        .quote("We condemn in the strongest terms the ... DPRK's continued"
                            + " unlawful arms transfers and the reported deployment of its troops"
                            + " to the Russian Federation to support Russia's unlawful war of"
                            + " aggression in Ukraine")
                        .build(),
                    Evidence.builder()
                        .source(ARTICLE)
                        .quote("We condemn in the strongest terms North Korea's continued illegal"
                            + " transfer of weapons and deployment of military forces to support"
                            + " Russia's unlawful invasion of Ukraine.")
                        .note("Drops \"reported\" before the deployment.")
                        .build())
                .build(),
            Monitoring.builder()
                .intensity(Intensity.of(IntensityLevel.STRONG, "closely"))
                .addObjects(PositionObject.builder()
                    .addTargets(RUSSIA)
                    .conduct("what Russia provides to the DPRK in return for weapons and"
                        + " military personnel")
                    .build())
                .addTopics(Topics.DEFENCE.ref(), Topics.NON_PROLIFERATION.ref())
                .addEvidence(
                    quoting(STATEMENT_TEXT, "closely monitoring what Russia provides to the DPRK"
                        + " in return"),
                    Evidence.builder()
                        .source(ARTICLE)
                        .quote("We are closely monitoring Russia's potential provision of"
                            + " materials and technology to North Korea in exchange for weapons"
                            + " and military personnel to support North Korea's military"
                            + " objectives.")
                        .note("Hedges the provision as \"potential\"; the statement text does"
                            + " not.")
                        .build())
                .build(),
            Concern.builder()
                .intensity(Intensity.of(IntensityLevel.STRONG, "deeply"))
                .addObjects(PositionObject.builder()
                    .addTargets(RUSSIA, DPRK)
                    .conduct("transfer of nuclear or ballistic missile-related technology to the"
                        + " DPRK")
                    .hedging(Hedging.of(HedgeLevel.POSSIBLE, "the possibility for any"))
                    .build())
                .addGrounds(
                    "could jeopardise the international non-proliferation regime",
                    "could threaten peace and stability on the Korean Peninsula and globally")
                .addTopics(Topics.NON_PROLIFERATION.ref(), KOREAN_PENINSULA)
                .addEvidence(
                    quoting(STATEMENT_TEXT, "deeply concerned about the possibility for any"
                        + " transfer of nuclear or ballistic missile-related technology to the"
                        + " DPRK"),
                    quoting(ARTICLE, "We are deeply concerned about the possible transfer of"
                        + " nuclear or ballistic missile-related technology to North Korea that"
                        + " could jeopardize the international non-proliferation regime and"
                        + " threaten peace and stability on the Korean Peninsula and globally."))
                .build(),
            Recognition.builder()
                .addObjects(PositionObject.builder()
                    .conduct("the increasingly intertwined security of the Indo-Pacific and"
                        + " Euro-Atlantic areas")
                    .build())
                .addTopics(INDO_PACIFIC, EURO_ATLANTIC, Topics.SECURITY.ref())
                .addEvidence(quoting(ARTICLE, "We take note of the increasingly intertwined"
                    + " security of the Indo-Pacific and Euro-Atlantic areas"))
                .build(),
            Commitment.builder()
                .addObjects(PositionObject.builder()
                    .addTargets(DPRK, RUSSIA)
                    .conduct("closely monitor the situation and actively pursue necessary"
                        + " measures with the international community to deter further"
                        + " unlawful, reckless and destabilising behaviour")
                    .build())
                .addTopics(Topics.SECURITY.ref())
                .addEvidence(
                    Evidence.of(STATEMENT_TEXT),
                    quoting(ARTICLE, "pledge to closely monitor developments, actively pursue"
                        + " necessary actions with the international community to deter illegal,"
                        + " reckless, and destabilizing actions"))
                .build(),
            Commitment.builder()
                .addObjects(PositionObject.builder()
                    .addTargets(UKRAINE)
                    .conduct("provide the support Ukraine requires to secure a just and lasting"
                        + " peace")
                    .build())
                .addTopics(WAR_IN_UKRAINE)
                .addEvidence(Evidence.builder()
                    .source(STATEMENT_TEXT)
                    .note("Not in the article.")
                    .build())
                .build())
        .confirmation(Confirmation.CONFIRMED)
        .addEvidence(Evidence.of(STATEMENT_TEXT), Evidence.of(ARTICLE))
        .build();
  }

  static Remarks choOnG7() {
    return Remarks.builder()
        .id(CHO_ON_G7.id())
        .speaker(Attribution.of(CHO, ROK_FOREIGN_MINISTER))
        .side(ROK)
        .engagement(NINTH_DIALOGUE)
        .date(DIALOGUE_DAY)
        .quote("We will strengthen cooperation with the G7.")
        .addPositions(Commitment.builder()
            .addHolders(Ref.of(CHO.id()))
            .addObjects(PositionObject.builder()
                .addTargets(G7)
                .conduct("strengthen cooperation with the G7 on major international issues")
                .build())
            .addTopics(Topics.MULTILATERALISM.ref())
            .build())
        .confirmation(Confirmation.UNCONFIRMED)
        .addEvidence(
            Evidence.builder()
                .source(ARTICLE)
                .quote("We will strengthen cooperation with the G7.")
                .note("A sub-headline attributed to Cho; the body says he \"stated that he would"
                    + " strengthen cooperation with the G7 on major international issues\".")
                .build(),
            Evidence.builder()
                .source(OPENING_REMARKS)
                .note("Not found verbatim in the primary sources; the nearest is this passage on"
                    + " the UN, the G7 and the G20.")
                .build())
        .build();
  }

  static Remarks lammyOnPillarTwo() {
    return Remarks.builder()
        .id(LAMMY_ON_PILLAR_TWO.id())
        .speaker(Attribution.of(LAMMY, UK_FOREIGN_SECRETARY))
        .side(UK)
        .engagement(COURTESY_CALL)
        .date(DIALOGUE_DAY)
        .addPositions(Hope.builder()
            .addHolders(Ref.of(LAMMY.id()))
            .addObjects(PositionObject.builder()
                .addTargets(ROK, AUKUS)
                .conduct("enhanced advanced defence technology cooperation at the Pillar II"
                    + " level")
                .build())
            .addTopics(PILLAR_TWO, Topics.DEFENCE_TECHNOLOGY.ref())
            .build())
        .confirmation(Confirmation.REPORTED)
        .addEvidence(quoting(ARTICLE, "Minister Lammy, who met President Yoon Suk-yeol the"
            + " previous day, expressed hope for enhanced advanced defense technology cooperation"
            + " between Korea and AUKUS at the Pillar-2 level."))
        .build();
  }

  static UnilateralStatement aukusDefenceMinisters() {
    ResolvedTime lastMonth = RelativeTime.resolve("last month", PUBLICATION);
    return UnilateralStatement.builder()
        .id(AUKUS_DEFENCE_MINISTERS.id())
        .kind(StatementKind.DECLARATION)
        .issuer(AUKUS)
        .date(lastMonth.value())
        .addDateClaims(DateClaim.of(lastMonth,
            quoting(ARTICLE, "Last month, during a joint statement, the defense ministers of the"
                + " US, UK, and Australia publicly mentioned the potential for cooperation with"
                + " Canada, New Zealand, and Korea in AUKUS Pillar-2.")))
        .addPositions(Recognition.builder()
            .addObjects(PositionObject.builder()
                .addTargets(CANADA, NEW_ZEALAND, ROK)
                .conduct("cooperation with AUKUS under Pillar II")
                .hedging(Hedging.of(HedgeLevel.POSSIBLE, "the potential for"))
                .build())
            .addTopics(PILLAR_TWO)
            .build())
        .confirmation(Confirmation.REPORTED)
        .addEvidence(Evidence.of(ARTICLE))
        .build();
  }

  static UnilateralStatement opposesAukusExpansion(String id, Ref<Actor> who) {
    return UnilateralStatement.builder()
        .id(id)
        .kind(StatementKind.REPORTED_POSITION)
        .issuer(who)
        .addPositions(Opposition.builder()
            .addObjects(PositionObject.builder()
                .addTargets(AUKUS)
                .conduct("expansion of AUKUS participation")
                .build())
            .addTopics(PILLAR_TWO)
            .build())
        .confirmation(Confirmation.REPORTED)
        .addEvidence(quoting(ARTICLE,
            "China and North Korea have opposed the expansion of AUKUS participation."))
        .build();
  }

  // ---- Topics --------------------------------------------------------------------------------

  static java.util.List<Topic> topics() {
    return java.util.List.of(
        Topic.builder()
            .id(PILLAR_ONE.id())
            .label("AUKUS Pillar I")
            .kind(TopicKind.INITIATIVE)
            .owner(AUKUS)
            .addParents(Topics.DEFENCE.ref())
            .description("Nuclear-powered submarines for Australia, from the US and the UK.")
            .addEvidence(Evidence.of(ARTICLE))
            .build(),
        Topic.builder()
            .id(PILLAR_TWO.id())
            .label("AUKUS Pillar II")
            .kind(TopicKind.INITIATIVE)
            .owner(AUKUS)
            .addParents(Topics.DEFENCE_TECHNOLOGY.ref())
            .description("Co-development of advanced military technologies across eight areas.")
            .addEvidence(Evidence.of(ARTICLE))
            .build(),
        Topic.builder()
            .id(DOWNING_STREET_ACCORD.id())
            .label("Downing Street Accord")
            .kind(TopicKind.AGREEMENT)
            .description("Established the ROK-UK Global Strategic Partnership during President"
                + " Yoon's state visit to the UK in November 2023.")
            .addEvidence(Evidence.of(MOFA_PRESS_RELEASE))
            .build(),
        Topic.builder()
            .id(KOREA_UK_FTA.id())
            .label("Korea-UK free trade agreement")
            .kind(TopicKind.AGREEMENT)
            .addParents(Topics.FTA.ref())
            .build(),
        Topic.builder()
            .id(WAR_IN_UKRAINE.id())
            .label("Russia's war of aggression against Ukraine")
            .kind(TopicKind.EVENT)
            .addParents(Topics.SECURITY.ref())
            .build(),
        region(NORTHEAST_ASIA, "Northeast Asia"),
        region(MIDDLE_EAST, "Middle East"),
        region(UKRAINE_REGION, "Ukraine"),
        region(INDO_PACIFIC, "Indo-Pacific"),
        region(EURO_ATLANTIC, "Euro-Atlantic"),
        region(KOREAN_PENINSULA, "Korean Peninsula"));
  }

  private static Topic region(Ref<Topic> ref, String label) {
    return Topic.builder().id(ref.id()).label(label).kind(TopicKind.REGION).build();
  }
}
