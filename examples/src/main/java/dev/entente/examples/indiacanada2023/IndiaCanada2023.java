package dev.entente.examples.indiacanada2023;

import dev.entente.model.Accusation;
import dev.entente.model.Actor;
import dev.entente.model.Appeal;
import dev.entente.model.Attribution;
import dev.entente.model.CountryCode;
import dev.entente.model.Denial;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
import dev.entente.model.NameOrder;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Reiteration;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.net.URI;

/**
 * Canada's accusation and India's denial, 18 and 19 September 2023, as the text of Justin
 * Trudeau's statement in the House of Commons, the Canadian Press, and the Indian Ministry of
 * External Affairs' press release as WION and the Business Standard give it.
 *
 * <p>Trudeau told the House of "credible allegations of a potential link between agents of the
 * Government of India and the killing of a Canadian citizen, Hardeep Singh Nijjar": an
 * {@link Accusation} whose object names India as the actor whose conduct it is
 * ({@link ObjectRole#CONDUCT}), the killing as a dated {@linkplain TopicKind#EVENT event} with
 * its place (a venue has no field for a province, so "Surrey, B.C." is the city of Surrey, in
 * Canada), and the hedge of the words ("allegations of a potential link",
 * {@link HedgeLevel#ALLEGED}). The next day India's ministry rejected "the statement of the
 * Canadian Prime Minister in their Parliament": a {@link Denial} in a statement that
 * {@linkplain RelationKind#RESPONDS_TO responds to} Trudeau's and {@linkplain RelationKind#DENIES
 * denies} it, in the words that say so. It denies "any act of violence in
 * Canada", more than the one killing, so its object names no event. Each side also called on the other
 * to act.
 *
 * <p>Neither statement was made at a meeting, so the dossier has no engagement. India's statement
 * also rejects one by Canada's foreign minister, which the dossier does not hold. The ministry's
 * own page is not among the sources: its text is known as two newspapers print it, the one in
 * full, the other in part.
 */
public final class IndiaCanada2023 {

  private IndiaCanada2023() {}

  /** Canada. */
  public static final Ref<Actor> CANADA = Ref.of("can");
  /** India. */
  public static final Ref<Actor> INDIA = Ref.of("ind");
  /** Justin Trudeau. */
  public static final Ref<Person> TRUDEAU = Ref.of("trudeau");
  /** Trudeau's statement in the House of Commons, 18 September 2023. */
  public static final Ref<Statement> ACCUSATION = Ref.of("trudeau-commons-2023-09-18");
  /** The Ministry of External Affairs' press release, 19 September 2023. */
  public static final Ref<Statement> DENIAL = Ref.of("mea-press-release-2023-09-19");
  /** The killing of Hardeep Singh Nijjar. */
  public static final Ref<Topic> KILLING = Ref.of("killing-of-nijjar");
  /** The ministry's press release, known through the newspapers that print it. */
  public static final Ref<Source> MEA_RELEASE = Ref.of("mea-2023-09-19");

  private static final Ref<Office> CA_PM = Ref.of("ca-pm");
  private static final Ref<Source> COMMONS_TEXT = Ref.of("devdiscourse-2023-09-19");
  private static final Ref<Source> CANADIAN_PRESS = Ref.of("canadian-press-2023-09-18");
  private static final Ref<Source> WION = Ref.of("wion-2023-09-19");
  private static final Ref<Source> BUSINESS_STANDARD = Ref.of("business-standard-2023-09-19");
  private static final FuzzyDate COMMONS_DAY = FuzzyDate.parse("2023-09-18");
  private static final FuzzyDate REPLY_DAY = FuzzyDate.parse("2023-09-19");

  /** The whole record, as one dossier. */
  public static Dossier dossier() {
    return Dossier.builder()
        .id("india-canada-2023")
        .title("Canada's accusation over the killing of Hardeep Singh Nijjar and India's denial,"
            + " September 2023")
        .addActors(
            State.of(CANADA.id(), CountryCode.of("CA"), "Canada"),
            State.of(INDIA.id(), CountryCode.of("IN"), "India"),
            Person.builder()
                .id(TRUDEAU.id())
                .name("Justin Trudeau")
                .addNames(PersonName.builder().text("Justin Trudeau").script("Latn").language("en")
                    .given("Justin").family("Trudeau").order(NameOrder.GIVEN_FAMILY).build())
                .addTenures(Tenure.builder().office(CA_PM)
                    .term(Term.from(FuzzyDate.parse("../2023-09-18")))
                    .addEvidence(Evidence.quoting(COMMONS_TEXT, "Canadian Prime Minister Justin"
                        + " Trudeau made the following announcement in the House of Commons on"
                        + " Monday."))
                    .build())
                .build())
        .addOffices(Office.builder().id(CA_PM.id()).title("Prime Minister")
            .kind(OfficeKind.HEAD_OF_GOVERNMENT).jurisdiction(CANADA).build())
        .addStatements(trudeausStatement(), ministrysReply())
        .addTopics(Topic.builder()
            .id(KILLING.id())
            .label("Killing of Hardeep Singh Nijjar")
            .kind(TopicKind.EVENT)
            .date(FuzzyDate.parse("2023-06-18"))
            .venue(Venue.builder().country(CountryCode.of("CA")).city("Surrey").build())
            .addEvidence(Evidence.quoting(CANADIAN_PRESS, "Nijjar was shot outside his gurdwara"
                + " in Surrey, B.C., on June 18."))
            .addEvidence(Evidence.quoting(BUSINESS_STANDARD, "was gunned down on June 18 outside"
                + " a Sikh cultural center in Surrey, British Columbia"))
            .build())
        .addSources(
            Source.builder().id(COMMONS_TEXT.id()).kind(SourceKind.STATEMENT_TEXT)
                .publisher("Devdiscourse")
                .published(REPLY_DAY)
                .url(URI.create("https://www.devdiscourse.com/article/law-order/2598714-text-"
                    + "canadian-statement-on-suspected-indian-involvement-in-killing"))
                .note("The text of Trudeau's statement in the House of Commons.")
                .language("en").build(),
            Source.builder().id(CANADIAN_PRESS.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("The Canadian Press, via Castanet")
                .published(COMMONS_DAY)
                .url(URI.create("https://www.castanet.net/news/Canada/447371/Credible-"
                    + "intelligence-links-Indian-government-to-B-C-Sikh-leader-s-murder-Trudeau"))
                .language("en").build(),
            Source.builder().id(MEA_RELEASE.id()).kind(SourceKind.PRESS_RELEASE)
                .publisher("Ministry of External Affairs, Government of India")
                .published(REPLY_DAY)
                .note("Known as wion-2023-09-19 prints it in full and"
                    + " business-standard-2023-09-19 in part.")
                .build(),
            Source.builder().id(WION.id()).kind(SourceKind.NEWS_ARTICLE)
                .title("'Motivated and absurd': India slams Canada's accusations over terrorist"
                    + " Hardeep Singh Nijjar's killing")
                .publisher("WION")
                .published(REPLY_DAY)
                .url(URI.create("https://www.wionews.com/india-news/motivated-and-absurd-india-"
                    + "slams-canadas-accusations-over-terrorist-hardeep-singh-nijjars-killing-"
                    + "637339"))
                .language("en").build(),
            Source.builder().id(BUSINESS_STANDARD.id()).kind(SourceKind.NEWS_ARTICLE)
                .publisher("Business Standard")
                .published(REPLY_DAY)
                .url(URI.create("https://www.business-standard.com/india-news/mea-rejects-canada-"
                    + "s-allegations-after-expulsion-of-top-indian-diplomat-123091900112_1.html"))
                .language("en").build())
        .build();
  }

  private static Remarks trudeausStatement() {
    return Remarks.builder()
        .id(ACCUSATION.id())
        .speaker(Attribution.of(TRUDEAU, CA_PM))
        .side(CANADA)
        .date(COMMONS_DAY)
        .addPositions(
            Accusation.builder()
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(INDIA, ObjectRole.CONDUCT))
                    .phenomenon(KILLING)
                    .conduct("a potential link between agents of the Government of India and the"
                        + " killing of a Canadian citizen, Hardeep Singh Nijjar")
                    .hedging(Hedging.of(HedgeLevel.ALLEGED, "credible allegations of a potential"
                        + " link"))
                    .build())
                .wording("credible allegations")
                .addEvidence(Evidence.quoting(COMMONS_TEXT, "Over the past number of weeks,"
                    + " Canadian security agencies have been actively pursuing credible"
                    + " allegations of a potential link between agents of the Government of India"
                    + " and the killing of a Canadian citizen, Hardeep Singh Nijjar."))
                .addEvidence(Evidence.quoting(CANADIAN_PRESS, "Trudeau told the House of Commons"
                    + " this afternoon that Canadian security agencies have spent the last several"
                    + " weeks \"actively pursuing credible allegations\" that agents of the"
                    + " government of India were responsible for Nijjar's death."))
                .build(),
            Appeal.builder()
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(INDIA, ObjectRole.ADDRESSEE))
                    .conduct("cooperate with Canada to get to the bottom of this matter")
                    .build())
                .intensity(Intensity.of(IntensityLevel.STRONG, "In the strongest possible terms"))
                .reiteration(Reiteration.builder().wording("continue to")
                    .addEvidence(Evidence.of(COMMONS_TEXT)).build())
                .wording("urge")
                .addEvidence(Evidence.quoting(COMMONS_TEXT, "In the strongest possible terms, I"
                    + " continue to urge the Government of India to cooperate with Canada to get"
                    + " to the bottom of this matter."))
                .build())
        .addEvidence(Evidence.of(COMMONS_TEXT))
        .build();
  }

  private static UnilateralStatement ministrysReply() {
    return UnilateralStatement.builder()
        .id(DENIAL.id())
        .kind(StatementKind.PRESS_RELEASE)
        .issuer(INDIA)
        .date(REPLY_DAY)
        .addRelations(StatementRelation.of(RelationKind.RESPONDS_TO, ACCUSATION))
        .addRelations(StatementRelation.builder()
            .kind(RelationKind.DENIES)
            .target(ACCUSATION)
            .addEvidence(Evidence.quoting(MEA_RELEASE, "We have seen and reject the statement of"
                + " the Canadian Prime Minister in their Parliament")
                .withNote("as printed in wion-2023-09-19"))
            .build())
        .addPositions(
            Denial.builder()
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(INDIA, ObjectRole.CONDUCT))
                    .conduct("Government of India's involvement in any act of violence in Canada")
                    .hedging(Hedging.of(HedgeLevel.ALLEGED, "Allegations of"))
                    .build())
                .wording("reject")
                .addEvidence(Evidence.quoting(MEA_RELEASE, "We have seen and reject the statement"
                    + " of the Canadian Prime Minister in their Parliament, as also the statement"
                    + " by their Foreign Minister. Allegations of Government of India's"
                    + " involvement in any act of violence in Canada are absurd and motivated.")
                    .withNote("as printed in wion-2023-09-19"))
                .addEvidence(Evidence.quoting(BUSINESS_STANDARD, "MEA, in its statement, said,"
                    + " \"We have seen and reject the statement of the Canadian prime minister\"."))
                .build(),
            Appeal.builder()
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(CANADA, ObjectRole.ADDRESSEE))
                    .conduct("take prompt and effective legal action against all anti-India"
                        + " elements operating from their soil")
                    .build())
                .wording("urge")
                .addEvidence(Evidence.quoting(MEA_RELEASE, "We urge the Government of Canada to"
                    + " take prompt and effective legal action against all anti-India elements"
                    + " operating from their soil.").withNote("as printed in wion-2023-09-19"))
                .build())
        .addEvidence(Evidence.of(MEA_RELEASE))
        .addEvidence(Evidence.of(WION))
        .build();
  }
}
