package dev.entente.examples.cubanamibia2024;

import dev.entente.model.Actor;
import dev.entente.model.Attribution;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingKind;
import dev.entente.model.NameOrder;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.Ref;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Topics;
import dev.entente.model.Venue;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.util.List;

/**
 * The memorandum of understanding by which Cuba and Namibia agreed to establish an
 * intergovernmental commission, signed at the Palace of the Revolution in Havana on 16 December
 * 2024 in the presence of the two presidents, as the Cuban News Agency (ACN), Radio Habana Cuba,
 * Radio Reloj and the Namibian Broadcasting Corporation (NBC) report it.
 *
 * <p>The memorandum is an {@link Instrument} of kind
 * {@link InstrumentKind#MEMORANDUM_OF_UNDERSTANDING} between the two states. Its signatories are
 * not each other's counterparts: Oscar Pérez-Oliva Fraga signed for Cuba as Minister of Foreign
 * Trade and Foreign Investment, Peya Mushelenga for Namibia as Minister of International
 * Relations and Cooperation. Its {@linkplain Instrument#witnesses() witnesses} are the presidents,
 * Miguel Díaz-Canel and Nangolo Mbumba, each as President of his republic: Radio Habana Cuba and
 * NBC say they "witnessed" the signing, Radio Reloj that it took place "En presencia de" them,
 * ACN that it was "with the presence of their leaders" (and that they "led" the ceremony).
 *
 * <p>The signing is a {@link Meeting} of kind {@link MeetingKind#SIGNING}, hosted by Cuba, with
 * the four as its participants. Radio Habana Cuba says the signing "followed the conversations
 * between the leaders"; those talks, the state visit they were part of and the award of the Order
 * José Martí the same day are left out, as the signing needs none of them.
 *
 * <p>No tenure is recorded: the sources give no term of any of the four, and taking part in the
 * signing as an office is evidence enough that the person held it that day. The validator checks
 * a witness's office as it checks a signatory's, at the date of the signing, and finds the
 * holding implied by the signing ceremony (being named a witness or signatory implies nothing by
 * itself).
 *
 * <p>The sources disagree on the day: ACN and Radio Habana Cuba, both datelined 17 December
 * (ACN's copy is dated 17 December 2024), and Radio Reloj say Monday, which is 16 December 2024;
 * NBC says Tuesday, in a copy that shows no date of its own. The {@link InstrumentStatus#SIGNED}
 * step is dated 16 December and marked {@link Confirmation#DISPUTED}, with NBC's account as an
 * {@linkplain InstrumentStep#alternatives() alternative} that has no date: a weekday with no week
 * is not a date, and none is invented. No later step is recorded: the sources say nothing of the
 * memorandum's entry into force, and a commission meeting under it is no status of the
 * memorandum.
 *
 * <p>Every evidence quotes its source, and the passages are kept as excerpts beside the examples'
 * tests, which check each quote against them. Typed: the parties, the kind, the topics (economy
 * and trade, from "economic, commercial and cooperation relations"), the signatories with their
 * offices and the party each signed for, the witnesses with their offices, the signing (kind,
 * date, venue down to the building, host, participants and their offices), the step's status,
 * date and confirmation, and the offices' kinds. Free text: the Cuban president's party post,
 * kept only as ACN styles him (a {@linkplain Participant#titlesAsWritten() title as written}),
 * since he witnessed as President and the post plays no part in the signing; the memorandum's
 * purpose, "to establish an Intergovernmental Commission", in its evidence, as the commission is
 * a body the model does not represent; NBC's weekday, in the alternative's wording; and the
 * notes. Left out: the commission's chair and the rhythm of its meetings, which NBC gives. The
 * memorandum's title and text were not found, so it has neither.
 */
public final class CubaNamibia2024 {

  private CubaNamibia2024() {}

  /** Cuba. */
  public static final Ref<Actor> CUBA = Ref.of("cub");
  /** Namibia. */
  public static final Ref<Actor> NAMIBIA = Ref.of("nam");
  /** Miguel Díaz-Canel, President of Cuba, a witness. */
  public static final Ref<Person> DIAZ_CANEL = Ref.of("diaz-canel");
  /** Nangolo Mbumba, President of Namibia, a witness. */
  public static final Ref<Person> MBUMBA = Ref.of("mbumba");
  /** Oscar Pérez-Oliva Fraga, who signed for Cuba. */
  public static final Ref<Person> PEREZ_OLIVA = Ref.of("perez-oliva");
  /** Peya Mushelenga, who signed for Namibia. */
  public static final Ref<Person> MUSHELENGA = Ref.of("mushelenga");
  /** The President of the Republic of Cuba. */
  public static final Ref<Office> CU_PRESIDENT = Ref.of("cu-president");
  /** The President of the Republic of Namibia. */
  public static final Ref<Office> NA_PRESIDENT = Ref.of("na-president");
  /** Cuba's Minister of Foreign Trade and Foreign Investment. */
  public static final Ref<Office> CU_FOREIGN_TRADE = Ref.of("cu-foreign-trade-minister");
  /** Namibia's Minister of International Relations and Cooperation. */
  public static final Ref<Office> NA_INTERNATIONAL_RELATIONS = Ref.of("na-foreign-minister");
  /** The signing at the Palace of the Revolution, Havana, 16 December 2024. */
  public static final Ref<Engagement> SIGNING = Ref.of("cuba-namibia-signing-2024-12-16");
  /** The memorandum of understanding to establish the intergovernmental commission. */
  public static final Ref<Instrument> MOU = Ref.of("cuba-namibia-commission-mou");
  /** NBC's report, which says the signing was on a Tuesday. */
  public static final Ref<Source> NBC = Ref.of("nbc-namibia-cuba-commission");

  private static final Ref<Source> ACN = Ref.of("acn-2024-12-17");
  private static final Ref<Source> RHC = Ref.of("radiohc-2024-12-17");
  private static final Ref<Source> RADIO_RELOJ = Ref.of("radioreloj-mbumba-orden-jose-marti");
  private static final FuzzyDate DAY = FuzzyDate.parse("2024-12-16");

  /** The whole record, as one dossier. */
  public static Dossier dossier() {
    return Dossier.builder()
        .id("cuba-namibia-commission-2024")
        .title("The Cuba-Namibia memorandum of understanding on an intergovernmental commission,"
            + " Havana, 2024")
        .addActors(
            State.of(CUBA.id(), CountryCode.of("CU"), "Cuba"),
            State.of(NAMIBIA.id(), CountryCode.of("NA"), "Namibia"),
            person(DIAZ_CANEL, "Miguel Díaz-Canel", "Miguel", "Díaz-Canel Bermúdez", "es"),
            person(PEREZ_OLIVA, "Oscar Pérez-Oliva Fraga", "Oscar", "Pérez-Oliva Fraga", "es"),
            person(MBUMBA, "Nangolo Mbumba", "Nangolo", "Mbumba", "en"),
            person(MUSHELENGA, "Peya Mushelenga", "Peya", "Mushelenga", "en"))
        .addOffices(
            office(CU_PRESIDENT, "President of the Republic of Cuba", OfficeKind.HEAD_OF_STATE,
                CUBA).withShortTitle("President"),
            office(CU_FOREIGN_TRADE, "Minister of Foreign Trade and Foreign Investment",
                OfficeKind.MINISTER, CUBA),
            office(NA_PRESIDENT, "President of the Republic of Namibia", OfficeKind.HEAD_OF_STATE,
                NAMIBIA).withShortTitle("President"),
            office(NA_INTERNATIONAL_RELATIONS, "Minister of International Relations and"
                + " Cooperation", OfficeKind.FOREIGN_MINISTER, NAMIBIA))
        .addEngagements(signing())
        .addInstruments(memorandum())
        .addAllSources(sources())
        .build();
  }

  private static Meeting signing() {
    return Meeting.builder()
        .id(SIGNING.id())
        .kind(MeetingKind.SIGNING)
        .addSides(CUBA, NAMIBIA)
        .host(CUBA)
        .date(DAY)
        .venue(Venue.builder().country(CountryCode.of("CU")).city("Havana")
            .building("Palace of the Revolution").build())
        .addParticipants(
            Participant.builder().person(DIAZ_CANEL).side(CUBA).addOffice(CU_PRESIDENT)
                .addTitlesAsWritten(Wording.of("first secretary of the Central Committee of the"
                    + " Communist Party of Cuba and president of the Republic of Cuba",
                    Evidence.quoting(ACN, "Miguel Diaz-Canel Bermudez, first secretary of the"
                        + " Central Committee of the Communist Party of Cuba and president of the"
                        + " Republic of Cuba")))
                .build(),
            Participant.of(PEREZ_OLIVA, CUBA, CU_FOREIGN_TRADE),
            Participant.of(MBUMBA, NAMIBIA, NA_PRESIDENT),
            Participant.of(MUSHELENGA, NAMIBIA, NA_INTERNATIONAL_RELATIONS))
        .addEvidence(Evidence.quoting(RHC, "The presidents of Cuba, Miguel Díaz-Canel, and"
            + " Namibia, Nangolo Mbumba, witnessed this Monday, at the Palace of the Revolution in"
            + " Havana, the signing of a memorandum of understanding"))
        .addEvidence(Evidence.quoting(RHC, "Díaz-Canel said that he was receiving a brother")
            .withNote("the Cuban president as the host"))
        .addEvidence(Evidence.quoting(ACN, "The signing ceremony was led by Miguel Diaz-Canel"
            + " Bermudez, first secretary of the Central Committee of the Communist Party of Cuba"
            + " and president of the Republic of Cuba, and Nangolo Mbumba, president of the"
            + " Republic of Namibia."))
        .addEvidence(Evidence.quoting(ACN, "Oscar Pérez-Oliva Fraga, Cuban minister of foreign"
            + " trade and investment, and Peya Mushelenga, minister of international relations and"
            + " cooperation, confirmed with their signatures the agreement"))
        .build();
  }

  private static Instrument memorandum() {
    return Instrument.builder()
        .id(MOU.id())
        .kind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING)
        .addParties(CUBA, NAMIBIA)
        .addTopics(Topics.ECONOMY.ref(), Topics.TRADE.ref())
        .signing(SIGNING)
        .addSignatories(
            Signatory.of(PEREZ_OLIVA, CU_FOREIGN_TRADE, CUBA),
            Signatory.of(MUSHELENGA, NA_INTERNATIONAL_RELATIONS, NAMIBIA))
        .addWitnesses(
            Attribution.of(DIAZ_CANEL, CU_PRESIDENT),
            Attribution.of(MBUMBA, NA_PRESIDENT))
        .addHistory(signed())
        .addEvidence(Evidence.quoting(RHC, "the signing of a memorandum of understanding to"
            + " establish an Intergovernmental Commission aimed at strengthening bilateral"
            + " cooperation."))
        .addEvidence(Evidence.quoting(RHC, "The document was signed by the Cuban Minister of"
            + " Foreign Trade and Foreign Investment, Oscar Pérez-Oliva and the Namibian Minister"
            + " of International Relations and Cooperation, Peya Mushelenga."))
        .addEvidence(Evidence.quoting(NBC, "Namibia’s Minister of International Relations and"
            + " Cooperation, Peya Mushelenga, and Cuba’s Minister of Foreign Trade and Foreign"
            + " Investment, Oscar Perez-Oliva, signed the Memorandum of Understanding on behalf of"
            + " the two governments."))
        .addEvidence(Evidence.quoting(NBC, "The signing of the Inter-Governmental Commission for"
            + " Bilateral Cooperation agreement was witnessed by Presidents Nangolo Mbumba and"
            + " Miguel Díaz-Canel"))
        .addEvidence(Evidence.quoting(RADIO_RELOJ, "En presencia de, presidente cubano, Miguel"
            + " Díaz-Canel, y el mandatario namibio, Nangolo Mbumba, en el Palacio de la Revolución"
            + " tuvo lugar la firma del documento por el ministro cubano de Comercio Exterior y la"
            + " Inversión Extranjera, Oscar Pérez Oliva, y por la parte namibia el ministro de"
            + " Relaciones Internacionales y Cooperación, Peya Mushelenga."))
        .addEvidence(Evidence.quoting(RHC, "This agreement will contribute to raising the level of"
            + " economic, commercial and cooperation relations").withNote("the topics"))
        .addEvidence(Evidence.quoting(NBC, "The Commission will be chaired by the foreign affairs"
            + " ministers of Namibia and Cuba").withNote("the kind of Namibia's office: its"
            + " Minister of International Relations and Cooperation is its foreign minister"))
        .build();
  }

  /** 16 December 2024 by three reports; a Tuesday by NBC's, which gives no date. */
  private static InstrumentStep signed() {
    return InstrumentStep.builder()
        .status(InstrumentStatus.SIGNED)
        .date(DAY)
        .confirmation(Confirmation.DISPUTED)
        .addEvidence(Evidence.quoting(ACN, "HAVANA, Cuba, Dec 17 (ACN) With the signing on Monday"
            + " of a new agreement, with the presence of their leaders")
            .withNote("Monday, in a report of 17 December 2024, is 16 December"))
        .addEvidence(Evidence.quoting(RHC, "Havana, December 17 (RHC)-- The presidents of Cuba,"
            + " Miguel Díaz-Canel, and Namibia, Nangolo Mbumba, witnessed this Monday"))
        .addEvidence(Evidence.quoting(RADIO_RELOJ, "Cuba y Namibia rubricaron este lunes un"
            + " memorando de entendimiento para constituir una Comisión Intergubernamental"))
        .addAlternatives(InstrumentStep.builder()
            .status(InstrumentStatus.SIGNED)
            .wording("witnessed by Presidents Nangolo Mbumba and Miguel Díaz-Canel in Cuba’s"
                + " capital, Havana, on Tuesday")
            .addEvidence(Evidence.quoting(NBC, "was witnessed by Presidents Nangolo Mbumba and"
                + " Miguel Díaz-Canel in Cuba’s capital, Havana, on Tuesday.")
                .withNote("the copy shows no date, so its Tuesday cannot be dated; the Cuban"
                    + " reports of 17 December say Monday"))
            .build())
        .build();
  }

  private static List<Source> sources() {
    return List.of(
        Source.builder().id(ACN.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("Agencia Cubana de Noticias (ACN)")
            .published(FuzzyDate.parse("2024-12-17"))
            .url(URI.create("http://www.cubanews.acn.cu/world/25815-cuba-and-namibia-to-establish-"
                + "intergovernmental-commission"))
            .language("en").build(),
        Source.builder().id(RHC.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("Radio Habana Cuba, from Prensa Latina")
            .url(URI.create("https://radiohc.cu/en/noticias/nacionales/372221-cuban-and-namibian-"
                + "governments-strengthen-bilateral-cooperation"))
            .note("Datelined \"Havana, December 17\", with no year.")
            .language("en").build(),
        Source.builder().id(RADIO_RELOJ.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("Radio Reloj")
            .url(URI.create("https://www.radioreloj.cu/destacadas/otorgan-maxima-condecoracion-de-"
                + "cuba-al-presidente-de-namibiae-cuba-al-presidente-de-namibia"))
            .note("The copy shows no date; it reports the award of the Order José Martí to"
                + " Mbumba and the signing, both \"este lunes\".")
            .language("es").build(),
        Source.builder().id(NBC.id()).kind(SourceKind.NEWS_ARTICLE)
            .publisher("Namibian Broadcasting Corporation (NBC)")
            .url(URI.create("https://nbcnews.na/node/108772"))
            .note("The copy shows no date.")
            .language("en").build());
  }

  private static Person person(Ref<Person> id, String name, String given, String family,
      String language) {
    return Person.builder().id(id.id()).name(name)
        .addNames(PersonName.builder().text(given + " " + family).script("Latn")
            .language(language).given(given).family(family).order(NameOrder.GIVEN_FAMILY)
            .build())
        .build();
  }

  private static Office office(Ref<Office> id, String title, OfficeKind kind, Ref<Actor> state) {
    return Office.builder().id(id.id()).title(title).kind(kind).jurisdiction(state).build();
  }
}
