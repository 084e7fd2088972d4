package dev.entente.examples.koreauk2024;

import dev.entente.model.Actor;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Office;
import dev.entente.model.Person;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Ref;
import dev.entente.model.Source;
import dev.entente.model.State;
import dev.entente.model.Topic;
import dev.entente.model.Topics;
import dev.entente.time.FuzzyDate;
import dev.entente.time.RelativeTime;

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
 * <p>The records are built section by section, each in a class of this package: sources,
 * actors, offices, engagements (with the series and the planned 2+2), statements and topics;
 * {@link #dossier()} assembles them. The constants below are the references between them.
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

  static final FuzzyDate DIALOGUE_DAY = FuzzyDate.parse("2024-10-21");
  static final FuzzyDate STATEMENT_DAY = FuzzyDate.parse("2024-10-22");

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
        .addSeries(Engagements.strategicDialogue(), Engagements.twoPlusTwo())
        .addAllEngagements(Engagements.all())
        .addPlannedMeetings(Engagements.firstTwoPlusTwo())
        .addStatements(
            Statements.outcomeStatement(),
            Statements.russiaDprkStatement(),
            Statements.choOnG7(),
            Statements.lammyOnPillarTwo(),
            Statements.aukusDefenceMinisters(),
            Statements.opposesAukusExpansion("china-opposes-aukus-expansion", CHINA),
            Statements.opposesAukusExpansion("dprk-opposes-aukus-expansion", DPRK))
        .addAllTopics(StoryTopics.topics())
        .build();
  }
}
