package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.entente.model.CountryCode;
import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.State;
import dev.entente.serialization.JsonProblem.Kind;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorMessagesTest {

  private static final EntenteJson JSON = EntenteJson.standard();
  private static final EntenteJson LENIENT = EntenteJson.builder().lenient(true).build();

  /** The one problem of the EntenteJsonException that {@code read} must throw. */
  static JsonProblem problemOf(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(EntenteJsonException.class);
    EntenteJsonException e = (EntenteJsonException) thrown;
    assertThat(e.problems()).hasSize(1);
    assertThat(e.getMessage()).isEqualTo(e.firstProblem().toString());
    return e.firstProblem();
  }

  static JsonProblem dossierProblem(String text) {
    return problemOf(() -> JSON.readDossier(text));
  }

  /**
   * The first problem of a dossier whose other problems, found in the same read, are at these
   * pointers, in this order: a read reports every problem it can find, and these documents,
   * small for the problem under test, have others too.
   */
  static JsonProblem firstDossierProblem(String text, String... othersAt) {
    Throwable thrown = catchThrowable(() -> JSON.readDossier(text));
    assertThat(thrown).isInstanceOf(EntenteJsonException.class);
    List<JsonProblem> problems = ((EntenteJsonException) thrown).problems();
    assertThat(problems.subList(1, problems.size())).extracting(JsonProblem::pointer)
        .containsExactly(othersAt);
    return problems.get(0);
  }

  /** A dossier document with these members after its version and id. */
  static String dossierWith(String members) {
    return "{\"entente\":\"1.1\",\"id\":\"d\"," + members + "}";
  }

  /** A dossier with one dialogue whose members after its type are these. */
  static String dialogueWith(String members) {
    return dossierWith("\"engagements\":[{\"type\":\"dialogue\"," + members + "}]");
  }

  static final String DIALOGUE = "\"id\":\"fm-1\",\"series\":\"s\",\"sides\":[\"a\",\"b\"],"
      + "\"date\":\"2024-03-20\"";

  /**
   * The dangling references of a dossier holding only {@link #DIALOGUE}, which a read reports with
   * a problem of the dialogue's own that leaves the dialogue readable.
   */
  static final String[] DIALOGUE_DANGLING =
      {"/engagements/0/sides/0", "/engagements/0/sides/1", "/engagements/0/series"};

  static String stateWith(String country) {
    return dossierWith("\"actors\":[{\"type\":\"state\",\"id\":\"x\",\"country\":\"" + country
        + "\",\"name\":\"X\"}]");
  }

  @Nested
  class Members {

    @Test
    void anUnknownMemberIsRefusedByNameWithTheKnownMembersListed() {
      JsonProblem problem = dossierProblem("{\"entente\":\"1.1\",\"id\":\"d\",\"colour\":\"red\"}");

      assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_MEMBER);
      assertThat(problem.pointer()).isEqualTo("/colour");
      assertThat(problem.message()).contains("\"colour\"", "a dossier", "statements");
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.column()).isEqualTo(36);
    }

    @Test
    void anUnknownMemberDeepInsideIsLocatedByPointerLineAndColumn() {
      String text = "{\n"
          + "  \"entente\": \"1.0\",\n"
          + "  \"id\": \"d\",\n"
          + "  \"engagements\": [\n"
          + "    {\"type\": \"dialogue\", \"id\": \"fm-1\", \"series\": \"s\",\n"
          + "     \"venue\": {\"city\": \"Seoul\", \"weather\": \"rain\"}}\n"
          + "  ]\n"
          + "}\n";

      JsonProblem problem = firstDossierProblem(text, "/engagements/0/sides");

      assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_MEMBER);
      assertThat(problem.pointer()).isEqualTo("/engagements/0/venue/weather");
      assertThat(problem.message()).contains("\"weather\"", "a venue");
      assertThat(problem.line()).isEqualTo(6);
      assertThat(problem.column()).isEqualTo(44);
      assertThat(problem.toString())
          .isEqualTo("6:44: /engagements/0/venue/weather: " + problem.message());
    }

    @Test
    void aKnownMemberTwiceIsADuplicate() {
      JsonProblem problem = dossierProblem("{\"entente\":\"1.1\",\"id\":\"d\",\"id\":\"e\"}");

      assertThat(problem.kind()).isEqualTo(Kind.DUPLICATE_MEMBER);
      assertThat(problem.pointer()).isEqualTo("/id");
      assertThat(problem.message()).contains("\"id\"", "twice");
      assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void aDuplicateTypeInAUnionObjectIsADuplicate() {
      JsonProblem problem = firstDossierProblem(dossierWith(
          "\"actors\":[{\"type\":\"state\",\"type\":\"state\"}]"),
          "/actors/0", "/actors/0", "/actors/0");

      assertThat(problem.kind()).isEqualTo(Kind.DUPLICATE_MEMBER);
      assertThat(problem.pointer()).isEqualTo("/actors/0/type");
      assertThat(problem.message()).contains("\"type\"");
    }

    @Test
    void anUnknownMemberTwiceIsADuplicateEvenInLenientMode() {
      JsonProblem problem = problemOf(() -> LENIENT.readDossier(
          dossierWith("\"x\":{\"a\":1},\"title\":\"t\",\"x\":[2]")));

      assertThat(problem.kind()).isEqualTo(Kind.DUPLICATE_MEMBER);
      assertThat(problem.pointer()).isEqualTo("/x");
      assertThat(problem.message()).contains("\"x\"", "twice");
    }

    @Test
    void aKnownMemberTwiceIsADuplicateInLenientModeToo() {
      JsonProblem problem = problemOf(() -> LENIENT.readDossier(
          dossierWith("\"title\":\"a\",\"title\":\"b\"")));

      assertThat(problem.kind()).isEqualTo(Kind.DUPLICATE_MEMBER);
      assertThat(problem.pointer()).isEqualTo("/title");
    }

    @Test
    void aDialogueWithNeitherDateNorOrdinalNorRoundIsRefusedAtItsDate() {
      JsonProblem problem = dossierProblem(dialogueWith(
          "\"id\":\"fm-1\",\"series\":\"s\",\"sides\":[\"a\",\"b\"]"));

      assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(problem.pointer()).isEqualTo("/engagements/0/date");
      assertThat(problem.message()).contains("(none)", "known by its ordinal or its round");
      assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void aDialogueMissingAMemberNamesIt() {
      JsonProblem problem = dossierProblem(dialogueWith(
          "\"id\":\"fm-1\",\"sides\":[\"a\",\"b\"],\"date\":\"2024\""));

      assertThat(problem.kind()).isEqualTo(Kind.MISSING_MEMBER);
      assertThat(problem.pointer()).isEqualTo("/engagements/0");
      assertThat(problem.message()).contains("\"series\"", "a dialogue");
    }

    @Test
    void anObjectWithoutTypeInAUnionIsMissingItsType() {
      JsonProblem problem = dossierProblem(dossierWith(
          "\"actors\":[{\"id\":\"x\",\"country\":\"KR\",\"name\":\"X\"}]"));

      assertThat(problem.kind()).isEqualTo(Kind.MISSING_MEMBER);
      assertThat(problem.pointer()).isEqualTo("/actors/0");
      assertThat(problem.message()).contains("missing required member \"type\"", "state");
    }

    @Test
    void anEmptyObjectInAUnionIsMissingItsTypeAndListsTheKinds() {
      JsonProblem problem = dossierProblem(dossierWith("\"actors\":[{}]"));

      assertThat(problem.kind()).isEqualTo(Kind.MISSING_MEMBER);
      assertThat(problem.pointer()).isEqualTo("/actors/0");
      assertThat(problem.message()).contains("\"type\"", "state", "grouping", "person");
    }

    @Test
    void aMissingFormatVersionIsMissingAMember() {
      JsonProblem problem = dossierProblem("{\"id\":\"d\"}");

      assertThat(problem.kind()).isEqualTo(Kind.MISSING_MEMBER);
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).contains("\"entente\"");
    }
  }

  @Nested
  class WrongTypes {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a string for an array   | \"actors\":\"kor\"              | /actors        | expected an array, found the string \"kor\"",
        "a number for a string   | \"title\":5                     | /title         | found the number 5",
        "an object for a string  | \"title\":{\"en\":\"T\"}        | /title         | found an object",
        "a boolean for a string  | \"description\":true            | /description   | found the boolean true",
        "a string for an object  | \"sources\":[\"src-1\"]         | /sources/0     | expected a source as an object, found the string \"src-1\"",
        "an array for an object  | \"statements\":[[]]             | /statements/0  | expected a statement as an object, found an array",
        "null for a value        | \"title\":null                  | /title         | null is not allowed",
        "null in an array        | \"actors\":[null]               | /actors/0      | null is not allowed in an array",
    })
    void aValueOfTheWrongJsonTypeIsNamedAtItsPointer(
        String what, String members, String pointer, String message) {
      JsonProblem problem = dossierProblem(dossierWith(members));

      assertThat(problem.kind()).isEqualTo(Kind.WRONG_TYPE);
      assertThat(problem.pointer()).isEqualTo(pointer);
      assertThat(problem.message()).contains(message);
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.column()).isPositive();
    }

    @Test
    void anArrayWhereTheVenueObjectBelongsIsAWrongTypeDeepInside() {
      JsonProblem problem = firstDossierProblem(dialogueWith(DIALOGUE + ",\"venue\":[\"Seoul\"]"),
          DIALOGUE_DANGLING);

      assertThat(problem.kind()).isEqualTo(Kind.WRONG_TYPE);
      assertThat(problem.pointer()).isEqualTo("/engagements/0/venue");
      assertThat(problem.message()).contains("a venue", "found an array");
    }

    @Test
    void aNumberWhereAPositionsWordingBelongsIsAWrongTypeDeepInside() {
      JsonProblem problem = firstDossierProblem(dossierWith("\"statements\":[{\"type\":\"remarks\","
          + "\"id\":\"r\",\"speaker\":{\"person\":\"p\"},\"side\":\"kor\","
          + "\"positions\":[{\"type\":\"concern\",\"wording\":42}]}]"),
          "/statements/0/speaker/person", "/statements/0/side");

      assertThat(problem.kind()).isEqualTo(Kind.WRONG_TYPE);
      assertThat(problem.pointer()).isEqualTo("/statements/0/positions/0/wording");
      assertThat(problem.message()).contains("found the number 42");
    }

    @Test
    void aTopLevelArrayIsNotADossier() {
      JsonProblem problem = dossierProblem("[{\"entente\":\"1.1\",\"id\":\"d\"}]");

      assertThat(problem.kind()).isEqualTo(Kind.WRONG_TYPE);
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).contains("a dossier", "found an array");
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.column()).isEqualTo(1);
    }

    @Test
    void aTypeThatIsNotAStringIsAWrongType() {
      JsonProblem problem = dossierProblem(dossierWith("\"actors\":[{\"type\":1}]"));

      assertThat(problem.kind()).isEqualTo(Kind.WRONG_TYPE);
      assertThat(problem.pointer()).isEqualTo("/actors/0/type");
    }
  }

  @Nested
  class InvalidValues {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-02-30 | day 30 is not in February 2024",
        "2024-13    | month",
        "2025-99    | 99",
        "tomorrow   | not a date",
    })
    void anImpossibleDateIsRefusedWithItsReason(String date, String reason) {
      JsonProblem problem = dossierProblem(dialogueWith(
          "\"id\":\"fm-1\",\"series\":\"s\",\"sides\":[\"a\",\"b\"],\"date\":\"" + date + "\""));

      assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(problem.pointer()).isEqualTo("/engagements/0/date");
      assertThat(problem.message()).startsWith("\"" + date + "\" is not a date: ")
          .contains(reason);
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.column()).isEqualTo(dialogueWith(
          "\"id\":\"fm-1\",\"series\":\"s\",\"sides\":[\"a\",\"b\"],\"date\":").length() - 2);
    }

    @Test
    void februaryTheThirtiethIsExplainedInWords() {
      JsonProblem problem = dossierProblem(dialogueWith(
          "\"id\":\"fm-1\",\"series\":\"s\",\"sides\":[\"a\",\"b\"],\"date\":\"2024-02-30\""));

      assertThat(problem.message())
          .isEqualTo("\"2024-02-30\" is not a date: day 30 is not in February 2024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZQ", "kr", "KOREA", "K", "XK", "XKX"})
    void aCountryCodeThatIsNotInIso3166OrNotAllowedIsRefused(String code) {
      JsonProblem problem = dossierProblem(stateWith(code));

      assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(problem.pointer()).isEqualTo("/actors/0/country");
      assertThat(problem.message()).startsWith("\"" + code + "\" is not an ISO 3166-1 country code");
    }

    @Test
    void aUserAssignedCountryCodeIsReadOnceTheReaderAllowsIt() {
      CountryCode kosovo = CountryCode.ofUserAssigned("XK", "XKX", "Kosovo");
      EntenteJson allowing = EntenteJson.builder().allowUserAssigned(kosovo).build();

      Dossier dossier = allowing.readDossier(stateWith("XK"));

      assertThat(((State) dossier.actors().get(0)).country()).isEqualTo(kosovo);
      assertThat(((State) allowing.readDossier(stateWith("XKX")).actors().get(0)).country())
          .isEqualTo(kosovo);
      assertThat(allowing.write(dossier)).contains("\"country\":\"XK\"");
      assertThat(problemOf(() -> allowing.readDossier(stateWith("XA"))).kind())
          .isEqualTo(Kind.INVALID_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-starts-with-dash", "has space", "", "ünïcode"})
    void aBadIdIsRefused(String id) {
      JsonProblem problem = dossierProblem("{\"entente\":\"1.1\",\"id\":\"" + id + "\"}");

      assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(problem.pointer()).isEqualTo("/id");
      assertThat(problem.message()).startsWith("\"" + id + "\" is not an id");
    }

    @ParameterizedTest(name = "ordinal {0}")
    @CsvSource(delimiter = '|', value = {
        "0           | INVALID_VALUE | 0 is not 1 or more",
        "-1          | INVALID_VALUE | -1 is not 1 or more",
        "1.5         | WRONG_TYPE    | found the number 1.5",
        "99999999999 | WRONG_TYPE    | found the number 99999999999",
        "\"2\"       | WRONG_TYPE    | found the string \"2\"",
    })
    void anOrdinalThatIsNotAWholeNumberFromOneIsRefused(
        String ordinal, Kind kind, String message) {
      JsonProblem problem = firstDossierProblem(
          dialogueWith(DIALOGUE + ",\"ordinal\":" + ordinal), DIALOGUE_DANGLING);

      assertThat(problem.kind()).isEqualTo(kind);
      assertThat(problem.pointer()).isEqualTo("/engagements/0/ordinal");
      assertThat(problem.message()).contains(message);
    }

    @Test
    void anUnknownEnumValueIsRefusedWithTheValuesAllowed() {
      JsonProblem problem = dossierProblem(dossierWith("\"series\":[{\"id\":\"s\",\"name\":\"S\","
          + "\"level\":\"MINISTERIAL\"}]"));

      assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(problem.pointer()).isEqualTo("/series/0/level");
      assertThat(problem.message()).contains("\"MINISTERIAL\"", "a level", "ministerial",
          "leaders");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empire", "State", "dev.entente.model.State",
        "dev.entente.model.ImmutableState", "java.util.HashMap"})
    void aTypeThatNamesNoKindIsRefusedEvenIfItIsAJavaClass(String type) {
      String text = dossierWith("\"actors\":[{\"type\":\"" + type + "\",\"id\":\"x\"}]");

      for (EntenteJson json : new EntenteJson[] {JSON, LENIENT}) {
        JsonProblem problem = problemOf(() -> json.readDossier(text));
        assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_TYPE);
        assertThat(problem.pointer()).isEqualTo("/actors/0/type");
        assertThat(problem.message()).startsWith("\"" + type + "\" is not a kind of Actor")
            .contains("state", "person");
      }
    }

    @Test
    void anAtClassMemberIsRefusedAndNeverUsedToChooseAClass() {
      JsonProblem first = dossierProblem(dossierWith("\"actors\":[{\"@class\":"
          + "\"dev.entente.model.State\",\"id\":\"x\",\"country\":\"KR\",\"name\":\"X\"}]"));
      JsonProblem after = dossierProblem(dossierWith("\"actors\":[{\"type\":\"state\","
          + "\"@class\":\"java.util.HashMap\",\"id\":\"x\",\"country\":\"KR\",\"name\":\"X\"}]"));
      JsonProblem onTop = dossierProblem("{\"@class\":\"dev.entente.model.Dossier\","
          + "\"entente\":\"1.1\",\"id\":\"d\"}");

      assertThat(first.kind()).isEqualTo(Kind.MISSING_MEMBER);
      assertThat(first.pointer()).isEqualTo("/actors/0");
      assertThat(first.message()).contains("missing required member \"type\"");
      assertThat(after.kind()).isEqualTo(Kind.UNKNOWN_MEMBER);
      assertThat(after.pointer()).isEqualTo("/actors/0/@class");
      assertThat(onTop.kind()).isEqualTo(Kind.UNKNOWN_MEMBER);
      assertThat(onTop.pointer()).isEqualTo("/@class");
    }

    @Test
    void aDialogueWithThreeSidesBreaksTheModelsInvariantAtItsSides() {
      JsonProblem problem = dossierProblem(dialogueWith(
          "\"id\":\"fm-1\",\"series\":\"s\",\"sides\":[\"a\",\"b\",\"c\"],\"date\":\"2024-03-20\""));

      assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(problem.pointer()).isEqualTo("/engagements/0/sides");
      assertThat(problem.message()).contains("a", "b", "c", "exactly two distinct sides");
      assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void aNewerMajorFormatVersionIsNotSupported() {
      JsonProblem problem = dossierProblem("{\"entente\":\"2.0\",\"id\":\"d\"}");

      assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(problem.pointer()).isEqualTo("/entente");
      assertThat(problem.message()).contains("\"2.0\"", "not supported", "1.x");
      assertThat(problem.column()).isEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "\"1.\"", "\"1.0.1\"", "\"v1.0\"", "1.0"})
    void aMalformedFormatVersionIsRefused(String version) {
      JsonProblem problem = dossierProblem("{\"entente\":" + version + ",\"id\":\"d\"}");

      assertThat(problem.kind()).isIn(Kind.INVALID_VALUE, Kind.WRONG_TYPE);
      assertThat(problem.pointer()).isEqualTo("/entente");
    }

    @Test
    void aPartReadAsTheWrongKindNamesBothKinds() {
      String state = JSON.write(State.of("kor", CountryCode.of("KR"), "Korea"));

      JsonProblem problem = problemOf(() -> JSON.read(state, dev.entente.model.Person.class));

      assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_TYPE);
      assertThat(problem.message()).contains("Person", "State");
      assertThat(problemOf(() -> JSON.read(JSON.write(SampleDossiers.dialogue()),
          dev.entente.model.Meeting.class)).message()).contains("Meeting", "Dialogue");
      assertThat(JSON.read(JSON.write(SampleDossiers.dialogue()), Dialogue.class))
          .isEqualTo(SampleDossiers.dialogue());
    }
  }

  @Nested
  class Documents {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "\t \r\n"})
    void anEmptyDocumentIsNotADossier(String text) {
      JsonProblem problem = dossierProblem(text);

      assertThat(problem.kind()).isEqualTo(Kind.SYNTAX);
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).contains("empty");
    }

    @Test
    void aSecondValueAfterTheDossierIsTrailingContent() {
      JsonProblem problem = dossierProblem("{\"entente\":\"1.1\",\"id\":\"d\"} {}");

      assertThat(problem.kind()).isEqualTo(Kind.TRAILING_CONTENT);
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).contains("after the document's value", "{");
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.column()).isEqualTo(28);
    }

    @Test
    void aStrayWordAfterTheDossierIsTrailingContent() {
      JsonProblem problem = dossierProblem("{\"entente\":\"1.1\",\"id\":\"d\"}\nx");

      assertThat(problem.kind()).isEqualTo(Kind.TRAILING_CONTENT);
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).contains("after the document's value", "x");
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.column()).isEqualTo(1);
    }

    @Test
    void aTruncatedDocumentIsASyntaxErrorAtItsEnd() {
      String text = "{\n  \"entente\": \"1.0\",\n  \"id\": \"d\",\n  \"actors\": [";

      JsonProblem problem = dossierProblem(text);

      assertThat(problem.kind()).isEqualTo(Kind.SYNTAX);
      assertThat(problem.message()).containsIgnoringCase("end-of-input");
      assertThat(problem.line()).isEqualTo(4);
      assertThat(problem.pointer()).startsWith("/actors");
    }

    @Test
    void malformedJsonIsASyntaxErrorNamingWhatWasFound() {
      JsonProblem problem = dossierProblem("{\"entente\":\"1.1\",\"id\":'d'}");

      assertThat(problem.kind()).isEqualTo(Kind.SYNTAX);
      assertThat(problem.message()).contains("'");
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.column()).isEqualTo(23);
    }
  }

  @Nested
  class Encodings {

    private final String text = "{\"entente\":\"1.1\",\"id\":\"d\"}";

    private byte[] encoded(Charset charset, byte... bom) {
      byte[] body = text.getBytes(charset);
      return ByteBuffer.allocate(bom.length + body.length).put(bom).put(body).array();
    }

    private JsonProblem encodingProblem(byte[] bytes, String encoding) {
      JsonProblem problem = problemOf(() -> JSON.readDossier(bytes));
      assertThat(problem.kind()).isEqualTo(Kind.ENCODING);
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).contains(encoding, "UTF-8");
      return problem;
    }

    @Test
    void utf16IsRefusedWithOrWithoutAByteOrderMark() {
      encodingProblem(encoded(StandardCharsets.UTF_16LE), "UTF-16LE");
      encodingProblem(encoded(StandardCharsets.UTF_16BE), "UTF-16BE");
      encodingProblem(encoded(StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
          "UTF-16LE (byte order mark)");
      encodingProblem(encoded(StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF),
          "UTF-16BE (byte order mark)");
      encodingProblem(text.getBytes(StandardCharsets.UTF_16), "UTF-16BE (byte order mark)");
    }

    @Test
    void utf32IsRefusedWithOrWithoutAByteOrderMark() {
      Charset utf32be = Charset.forName("UTF-32BE");
      Charset utf32le = Charset.forName("UTF-32LE");
      encodingProblem(encoded(utf32be), "UTF-32BE");
      encodingProblem(encoded(utf32le), "UTF-32LE");
      encodingProblem(encoded(utf32be, (byte) 0, (byte) 0, (byte) 0xFE, (byte) 0xFF),
          "UTF-32BE (byte order mark)");
      encodingProblem(encoded(utf32le, (byte) 0xFF, (byte) 0xFE, (byte) 0, (byte) 0),
          "UTF-32LE (byte order mark)");
    }

    @Test
    void utf16IsRefusedForEveryKindOfRead() {
      byte[] utf16 = encoded(StandardCharsets.UTF_16LE);

      assertThat(problemOf(() -> JSON.readDossierWithViolations(utf16)).kind())
          .isEqualTo(Kind.ENCODING);
      assertThat(problemOf(() -> JSON.readStatement(utf16, null)).kind())
          .isEqualTo(Kind.ENCODING);
    }

    @Test
    void invalidUtf8BytesAreAnEncodingProblemAtTheirPlace() {
      byte[] bytes = "{\"entente\":\"1.1\",\"id\":\"d\",\"title\":\"Caf?\"}"
          .getBytes(StandardCharsets.US_ASCII);
      bytes[bytes.length - 3] = (byte) 0xC3;
      bytes[bytes.length - 2] = (byte) 0x28;

      JsonProblem problem = problemOf(() -> JSON.readDossier(bytes));

      assertThat(problem.kind()).isEqualTo(Kind.ENCODING);
      assertThat(problem.message()).contains("UTF-8");
      assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void aLoneContinuationByteIsAnEncodingProblem() {
      byte[] bytes = "{\"entente\":\"1.1\",\"id\":\"d\",\"title\":\"?\"}"
          .getBytes(StandardCharsets.US_ASCII);
      bytes[bytes.length - 3] = (byte) 0x80;

      JsonProblem problem = problemOf(() -> JSON.readDossier(bytes));

      assertThat(problem.kind()).isEqualTo(Kind.ENCODING);
      assertThat(problem.message()).contains("UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
      byte[] bytes = encoded(StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

      assertThat(JSON.readDossier(bytes)).isEqualTo(Dossier.builder().id("d").build());
      assertThat(JSON.readDossier("\uFEFF" + text)).isEqualTo(Dossier.builder().id("d").build());
    }
  }

  @Nested
  class Limits {

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
      EntenteJson shallow = EntenteJson.builder()
          .limits(ReadLimits.defaults().withMaxNestingDepth(4)).build();
      String deep = JSON.write(SampleDossiers.dossier());

      JsonProblem problem = problemOf(() -> shallow.readDossier(deep));

      assertThat(problem.kind()).isEqualTo(Kind.LIMIT);
      assertThat(problem.message()).contains("nesting depth", "4");
      assertThat(problem.pointer()).startsWith("/");
      assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void nestingOfUnknownMembersCountsTooInLenientMode() {
      EntenteJson shallow = EntenteJson.builder().lenient(true)
          .limits(ReadLimits.defaults().withMaxNestingDepth(5)).build();

      JsonProblem problem = problemOf(() -> shallow.readDossier(
          dossierWith("\"x\":[[[[[[[[1]]]]]]]]")));

      assertThat(problem.kind()).isEqualTo(Kind.LIMIT);
      assertThat(problem.message()).contains("nesting depth");
    }

    @Test
    void aStringLongerThanTheLimitIsRefused() {
      EntenteJson small = EntenteJson.builder()
          .limits(ReadLimits.defaults().withMaxStringLength(50)).build();
      String title = "x".repeat(500);

      JsonProblem problem = problemOf(() -> small.readDossier(dossierWith(
          "\"title\":\"" + title + "\"")));

      assertThat(problem.kind()).isEqualTo(Kind.LIMIT);
      assertThat(problem.message()).contains("String value length", "50");
      assertThat(problem.pointer()).isEqualTo("/title");
      assertThat(small.readDossier(dossierWith("\"title\":\"" + "x".repeat(50) + "\"")).title())
          .hasValue("x".repeat(50));
    }

    @Test
    void aNumberLongerThanTheLimitIsRefused() {
      EntenteJson small = EntenteJson.builder()
          .limits(ReadLimits.defaults().withMaxNumberLength(5)).build();

      JsonProblem problem = problemOf(() -> small.readDossier(
          dialogueWith(DIALOGUE + ",\"ordinal\":1234567")));

      assertThat(problem.kind()).isEqualTo(Kind.LIMIT);
      assertThat(problem.message()).contains("Number value length", "5");
      assertThat(problem.pointer()).isEqualTo("/engagements/0/ordinal");
    }

    @Test
    void aMemberNameLongerThanTheLimitIsRefused() {
      EntenteJson small = EntenteJson.builder().lenient(true)
          .limits(ReadLimits.defaults().withMaxNameLength(20)).build();

      JsonProblem problem = problemOf(() -> small.readDossier(
          dossierWith("\"" + "n".repeat(100) + "\":1")));

      assertThat(problem.kind()).isEqualTo(Kind.LIMIT);
      assertThat(problem.message()).contains("Name length", "20");
    }

    @Test
    void aDocumentLongerThanTheLimitIsRefusedBeforeItIsParsed() {
      EntenteJson small = EntenteJson.builder()
          .limits(ReadLimits.defaults().withMaxDocumentLength(100)).build();
      byte[] bytes = JSON.writeBytes(SampleDossiers.dossier());

      JsonProblem problem = problemOf(() -> small.readDossier(bytes));

      assertThat(problem.kind()).isEqualTo(Kind.LIMIT);
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).contains(String.valueOf(bytes.length), "100");
    }
  }
}
