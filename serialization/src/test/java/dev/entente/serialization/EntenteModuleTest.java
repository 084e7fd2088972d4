package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.time.FuzzyDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class EntenteModuleTest {

  private static final EntenteJson JSON = EntenteJson.standard();

  /** A user's own type, with nothing of Entente in it. */
  public record Invitation(String hostCity, int guestCount, List<String> guestNames,
      String dressCode, Map<String, Integer> seatsByTable) {}

  /** A user's own type that holds Entente values. */
  public record Briefing(String preparedBy, FuzzyDate asOf, CountryCode forCountry,
      Dossier dossier, List<Statement> highlights) {}

  /** A mapper with settings a user might well have, and that Entente must not be affected by. */
  static JsonMapper.Builder userSettings(JsonInclude.Include inclusion) {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // Records' components would otherwise come first, in declaration order.
        .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(inclusion, inclusion))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  static Stream<JsonInclude.Include> inclusions() {
    return Stream.of(JsonInclude.Include.ALWAYS, JsonInclude.Include.NON_NULL,
        JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_DEFAULT);
  }

  @Test
  void findAndAddModulesFindsTheModuleThroughTheServiceLoaderAndRoundTripsADossier() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Dossier dossier = SampleDossiers.dossier();

    String text = mapper.writeValueAsString(dossier);

    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof EntenteModule);
    assertThat(text).isEqualTo(JSON.write(dossier));
    assertThat(mapper.readValue(text, Dossier.class)).isEqualTo(dossier);
  }

  @ParameterizedTest
  @MethodSource("inclusions")
  void aUsersMapperSettingsDoNotChangeHowEntenteValuesAreWritten(JsonInclude.Include inclusion) {
    JsonMapper mapper = userSettings(inclusion).addModule(new EntenteModule()).build();
    Dossier dossier = SampleDossiers.dossier();

    assertThat(mapper.writeValueAsString(dossier)).isEqualTo(JSON.write(dossier));
    assertThat(mapper.writeValueAsString(SampleDossiers.dialogue()))
        .isEqualTo(JSON.write(SampleDossiers.dialogue()));
    assertThat(mapper.writeValueAsString(FuzzyDate.parse("2024-10")))
        .isEqualTo("\"2024-10\"");
    assertThat(mapper.readValue(JSON.write(dossier), Dossier.class)).isEqualTo(dossier);
  }

  @ParameterizedTest
  @MethodSource("inclusions")
  void aUsersMapperThatIgnoresUnknownPropertiesStillRejectsUnknownMembersInEntenteValues(
      JsonInclude.Include inclusion) {
    JsonMapper mapper = userSettings(inclusion).addModule(new EntenteModule()).build();
    String text = "{\"entente\":\"1.1\",\"id\":\"d\",\"sources\":[{\"id\":\"s\","
        + "\"kind\":\"news-article\",\"title\":\"T\",\"pages\":12}]}";

    assertThatThrownBy(() -> mapper.readValue(text, Dossier.class))
        .isInstanceOfSatisfying(EntenteJsonException.class, e -> {
          assertThat(e.firstProblem().kind()).isEqualTo(Kind.UNKNOWN_MEMBER);
          assertThat(e.firstProblem().pointer()).isEqualTo("/sources/0/pages");
          assertThat(e.firstProblem().message()).contains("\"pages\"");
        });
  }

  @ParameterizedTest
  @MethodSource("inclusions")
  void aUsersOwnTypeIsWrittenAndReadExactlyAsWithoutTheModule(JsonInclude.Include inclusion) {
    JsonMapper plain = userSettings(inclusion).build();
    JsonMapper withEntente = userSettings(inclusion).addModule(new EntenteModule()).build();
    JsonMapper found = userSettings(inclusion).findAndAddModules().build();
    Invitation invitation = new Invitation("Tokyo", 0, List.of(), null,
        Map.of("head", 2));
    Invitation full = new Invitation("Seoul", 12, List.of("Cho", "Kamikawa"), "lounge suit",
        Map.of("head", 2, "side", 10));

    for (Invitation value : List.of(invitation, full)) {
      String expected = plain.writeValueAsString(value);
      assertThat(withEntente.writeValueAsString(value)).isEqualTo(expected);
      assertThat(found.writeValueAsString(value)).isEqualTo(expected);
      assertThat(withEntente.readValue(expected, Invitation.class))
          .isEqualTo(plain.readValue(expected, Invitation.class));
    }
    assertThat(plain.writeValueAsString(full)).contains("\"host_city\":\"Seoul\"");
  }

  @ParameterizedTest
  @EnumSource(value = JsonInclude.Include.class, names = {"ALWAYS", "NON_NULL"})
  void aUsersTypeHoldingEntenteValuesRoundTripsThroughTheUsersMapper(
      JsonInclude.Include inclusion) {
    JsonMapper mapper = userSettings(inclusion).findAndAddModules().build();
    Dossier dossier = SampleDossiers.dossier();
    Briefing briefing = new Briefing("desk officer", FuzzyDate.parse("2024-03-21"),
        CountryCode.of("KR"), dossier, dossier.statements());

    String text = mapper.writeValueAsString(briefing);
    JsonNode tree = mapper.readTree(text);

    assertThat(mapper.readValue(text, Briefing.class)).isEqualTo(briefing);
    assertThat(tree.propertyNames())
        .containsExactly("as_of", "dossier", "for_country", "highlights", "prepared_by");
    assertThat(tree.get("as_of").asString()).isEqualTo("2024-03-21");
    assertThat(tree.get("for_country").asString()).isEqualTo("KR");
    assertThat(mapper.writeValueAsString(tree.get("dossier"))).isEqualTo(JSON.write(dossier));
    assertThat(tree.get("highlights").get(0).propertyNames().iterator().next()).isEqualTo("type");
  }

  @Test
  void aProblemInsideAUsersTypeIsStillAnEntenteProblemWithItsPointer() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String text = "{\"preparedBy\":\"x\",\"asOf\":\"2024-02-30\"}";

    assertThatThrownBy(() -> mapper.readValue(text, Briefing.class))
        .isInstanceOfSatisfying(EntenteJsonException.class, e -> {
          assertThat(e.firstProblem().kind()).isEqualTo(Kind.INVALID_VALUE);
          assertThat(e.firstProblem().pointer()).isEqualTo("/asOf");
          assertThat(e.firstProblem().message()).contains("\"2024-02-30\"");
        });
  }

  @Test
  void theFacadesMapperReadsAsTheFacadeDoesLenientlyAndWithUserAssignedCodes() {
    JsonMapper mapper = EntenteJson.builder()
        .lenient(true)
        .allowUserAssigned(CountryCode.ofUserAssigned("XK", "XKX", "Kosovo"))
        .build()
        .mapper();
    String text = "{\"entente\":\"1.1\",\"id\":\"d\",\"actors\":[{\"type\":\"state\","
        + "\"id\":\"xk\",\"country\":\"XK\",\"name\":\"Kosovo\",\"flag\":\"blue\"}]}";

    Dossier dossier = mapper.readValue(text, Dossier.class);

    assertThat(dossier.actors().get(0).unknownMembers()).containsEntry("flag", "\"blue\"");
    assertThat(mapper.writeValueAsString(dossier)).isEqualTo(text);
    assertThatThrownBy(() -> JsonMapper.builder().addModule(new EntenteModule()).build()
        .readValue(text, Dossier.class))
        .isInstanceOf(EntenteJsonException.class);
  }
}
