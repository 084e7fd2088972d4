package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Attribution;
import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Ref;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.validation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadLimitsTest {

  @Nested
  class Values {

    @Test
    void theDefaultsAreDocumentedOnesAndThoseOfTheStandardReader() {
      ReadLimits defaults = ReadLimits.defaults();

      assertThat(defaults.maxNestingDepth()).isEqualTo(200);
      assertThat(defaults.maxStringLength()).isEqualTo(10_000_000);
      assertThat(defaults.maxNumberLength()).isEqualTo(100);
      assertThat(defaults.maxNameLength()).isEqualTo(1_000);
      assertThat(defaults.maxDocumentLength()).isEqualTo(256L * 1024 * 1024);
      assertThat(defaults.maxLineLength()).isEqualTo(16L * 1024 * 1024);
      assertThat(defaults.maxProblems()).isEqualTo(100);
      assertThat(EntenteJson.standard().limits()).isEqualTo(defaults);
      assertThat(EntenteJson.builder().build().limits()).isEqualTo(defaults);
    }

    @Test
    void eachWithChangesOneLimitInACopy() {
      ReadLimits d = ReadLimits.defaults();

      assertThat(d.withMaxNestingDepth(7)).isEqualTo(d.withMaxNestingDepth(7))
          .isNotEqualTo(d).hasToString(d.toString().replace("maxNestingDepth=200",
              "maxNestingDepth=7"));
      assertThat(d.withMaxNestingDepth(7).maxNestingDepth()).isEqualTo(7);
      assertThat(d.withMaxStringLength(8).maxStringLength()).isEqualTo(8);
      assertThat(d.withMaxNumberLength(9).maxNumberLength()).isEqualTo(9);
      assertThat(d.withMaxNameLength(10).maxNameLength()).isEqualTo(10);
      assertThat(d.withMaxDocumentLength(5_000_000_000L).maxDocumentLength())
          .isEqualTo(5_000_000_000L);
      assertThat(d.withMaxProblems(12).maxProblems()).isEqualTo(12);
      assertThat(d.withMaxLineLength(5_000_000_000L).maxLineLength()).isEqualTo(5_000_000_000L);
      assertThat(d.withMaxProblems(12).withMaxNameLength(10))
          .isEqualTo(d.withMaxNameLength(10).withMaxProblems(12))
          .hasSameHashCodeAs(d.withMaxNameLength(10).withMaxProblems(12));
      ReadLimits all = d.withMaxNestingDepth(7).withMaxStringLength(8).withMaxNumberLength(9)
          .withMaxNameLength(10).withMaxDocumentLength(11).withMaxLineLength(13)
          .withMaxProblems(12);
      assertThat(all).hasToString("ReadLimits{maxNestingDepth=7, maxStringLength=8,"
          + " maxNumberLength=9, maxNameLength=10, maxDocumentLength=11, maxLineLength=13,"
          + " maxProblems=12}");
      assertThat(all).isNotEqualTo(all.withMaxLineLength(14));
      assertThat(d).isEqualTo(ReadLimits.defaults());
      assertThat(d.maxProblems()).isEqualTo(100);
    }

    static Stream<Arguments> withers() {
      return Stream.of(
          Arguments.of("maxNestingDepth",
              (Function<Integer, ReadLimits>) ReadLimits.defaults()::withMaxNestingDepth),
          Arguments.of("maxStringLength",
              (Function<Integer, ReadLimits>) ReadLimits.defaults()::withMaxStringLength),
          Arguments.of("maxNumberLength",
              (Function<Integer, ReadLimits>) ReadLimits.defaults()::withMaxNumberLength),
          Arguments.of("maxNameLength",
              (Function<Integer, ReadLimits>) ReadLimits.defaults()::withMaxNameLength),
          Arguments.of("maxDocumentLength",
              (Function<Integer, ReadLimits>) n -> ReadLimits.defaults().withMaxDocumentLength(n)),
          Arguments.of("maxLineLength",
              (Function<Integer, ReadLimits>) n -> ReadLimits.defaults().withMaxLineLength(n)),
          Arguments.of("maxProblems",
              (Function<Integer, ReadLimits>) ReadLimits.defaults()::withMaxProblems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withers")
    void eachLimitIsOneOrMoreAndABadOneIsNamedWithItsValue(
        String name, Function<Integer, ReadLimits> with) {
      assertThat(with.apply(1)).isNotNull();
      for (int bad : new int[] {0, -1, Integer.MIN_VALUE}) {
        assertThatIllegalArgumentException().isThrownBy(() -> with.apply(bad))
            .withMessage(name + ": " + bad + " is not 1 or more");
      }
    }

    @Test
    void theBuilderTakesLimitsAndKeepsThemThroughToBuilder() {
      ReadLimits limits = ReadLimits.defaults().withMaxProblems(3).withMaxNestingDepth(20);

      EntenteJson json = EntenteJson.builder().limits(limits).build();

      assertThat(json.limits()).isSameAs(limits);
      assertThat(json.toBuilder().pretty(true).build().limits()).isSameAs(limits);
      assertThatNullPointerException().isThrownBy(() -> EntenteJson.builder().limits(null))
          .withMessage("limits");
    }
  }

  /** Each size limit: a document exactly at it is read, one a unit over it is refused. */
  @Nested
  class SizeLimits {

    private final ReadLimits d = ReadLimits.defaults();

    private Dossier readWith(ReadLimits limits, String document) {
      return EntenteJson.builder().lenient(true).limits(limits).build().readDossier(document);
    }

    private JsonProblem refusedWith(ReadLimits limits, String document) {
      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> readWith(limits, document));
      assertThat(e).as("refused: %s", document).isNotNull();
      assertThat(e.problems()).hasSize(1);
      assertThat(e.firstProblem().kind()).isEqualTo(Kind.LIMIT);
      return e.firstProblem();
    }

    /** A dossier whose unknown member {@code x} is {@code arrays} arrays deep. */
    private String nested(int arrays) {
      return ErrorMessagesTest.dossierWith(
          "\"x\":" + "[".repeat(arrays) + "1" + "]".repeat(arrays));
    }

    @Test
    void nestingDepth() {
      // The dossier's object is one level; its member adds the arrays.
      assertThat(readWith(d.withMaxNestingDepth(6), nested(5)).unknownMembers()).containsKey("x");
      assertThat(refusedWith(d.withMaxNestingDepth(6), nested(6)).message())
          .contains("nesting depth", "6");
    }

    @Test
    void stringLength() {
      String at = ErrorMessagesTest.dossierWith("\"title\":\"" + "é".repeat(30) + "\"");
      String over = ErrorMessagesTest.dossierWith("\"title\":\"" + "é".repeat(31) + "\"");

      assertThat(readWith(d.withMaxStringLength(30), at).title()).hasValue("é".repeat(30));
      JsonProblem problem = refusedWith(d.withMaxStringLength(30), over);
      assertThat(problem.pointer()).isEqualTo("/title");
      assertThat(problem.message()).contains("String value length", "30");
    }

    @Test
    void numberLength() {
      String at = ErrorMessagesTest.dossierWith("\"x\":12345");
      String over = ErrorMessagesTest.dossierWith("\"x\":123456");

      assertThat(readWith(d.withMaxNumberLength(5), at).unknownMembers()).containsKey("x");
      assertThat(refusedWith(d.withMaxNumberLength(5), over).message())
          .contains("Number value length", "5");
    }

    @Test
    void nameLength() {
      String at = ErrorMessagesTest.dossierWith("\"" + "n".repeat(20) + "\":1");
      String over = ErrorMessagesTest.dossierWith("\"" + "n".repeat(21) + "\":1");

      assertThat(readWith(d.withMaxNameLength(20), at).unknownMembers())
          .containsKey("n".repeat(20));
      assertThat(refusedWith(d.withMaxNameLength(20), over).message())
          .contains("Name length", "20");
    }

    @Test
    void documentLength() {
      String document = ErrorMessagesTest.dossierWith("\"title\":\"조태열\"");
      int length = document.getBytes(StandardCharsets.UTF_8).length;

      assertThat(readWith(d.withMaxDocumentLength(length), document).title()).hasValue("조태열");
      JsonProblem problem = refusedWith(d.withMaxDocumentLength(length - 1), document);
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).contains(length + " bytes", "limit of " + (length - 1));
    }
  }

  /** At most {@code maxProblems} problems a document, then one that counts the others. */
  @Nested
  class MaxProblems {

    private static final EntenteJson PRETTY = EntenteJson.builder().pretty(true).build();

    /** The sample dossier with a dialogue whose topics are {@code count} dangling references. */
    static Dossier withDanglingTopics(int count) {
      List<Ref<Topic>> topics = IntStream.range(0, count)
          .mapToObj(i -> Ref.<Topic>of("nowhere-" + i)).toList();
      Dialogue dialogue = SampleDossiers.dialogue().withTopics(topics);
      return SampleDossiers.dossier().withEngagements(dialogue);
    }

    private static EntenteJson capped(int maxProblems) {
      return PRETTY.toBuilder().limits(ReadLimits.defaults().withMaxProblems(maxProblems)).build();
    }

    private static void assertViolationsInOrder(List<JsonProblem> problems, String text) {
      for (int i = 0; i < problems.size(); i++) {
        JsonProblem p = problems.get(i);
        assertThat(p.kind()).isEqualTo(Kind.VIOLATION);
        assertThat(p.violation()).hasValue(ViolationCode.DANGLING_REFERENCE);
        assertThat(p.pointer()).isEqualTo("/engagements/0/topics/" + i);
        assertThat(p.line()).isEqualTo(ValidationTest.lineOf(text, "\"nowhere-" + i + "\""));
        assertThat(p.column()).isEqualTo(ValidationTest.columnOf(text, "\"nowhere-" + i + "\""));
      }
    }

    @Test
    void exactlyAtTheCapEveryProblemIsReported() {
      EntenteJson json = capped(3);
      String text = json.write(withDanglingTopics(3));

      List<JsonProblem> problems = json.readDossierWithViolations(text).violations();

      assertThat(problems).hasSize(3);
      assertViolationsInOrder(problems, text);
      assertThat(catchThrowableOfType(EntenteJsonException.class, () -> json.readDossier(text))
          .problems()).isEqualTo(problems);
    }

    @Test
    void oneOverTheCapTheLastProblemSaysOneMoreWasNotReported() {
      EntenteJson json = capped(3);
      String text = json.write(withDanglingTopics(4));

      List<JsonProblem> problems = json.readDossierWithViolations(text).violations();

      assertThat(problems).hasSize(4);
      assertViolationsInOrder(problems.subList(0, 3), text);
      JsonProblem last = problems.get(3);
      assertThat(last.kind()).isEqualTo(Kind.LIMIT);
      assertThat(last.pointer()).isEmpty();
      assertThat(last.hasLocation()).isFalse();
      assertThat(last.violation()).isEmpty();
      assertThat(last.message())
          .isEqualTo("1 more problem was not reported: the limit is 3 problems a document");
      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> json.readDossier(text));
      assertThat(e.problems()).isEqualTo(problems);
      assertThat(e.getMessage()).startsWith("4 problems:")
          .endsWith("(document): 1 more problem was not reported: the limit is 3 problems a"
              + " document");
    }

    @Test
    void farOverTheDefaultCapTheFirstHundredAreReportedAndTheRestCounted() {
      String text = PRETTY.write(withDanglingTopics(1_000));

      List<JsonProblem> problems = PRETTY.readDossierWithViolations(text).violations();

      assertThat(problems).hasSize(101);
      assertViolationsInOrder(problems.subList(0, 100), text);
      assertThat(problems.get(100).kind()).isEqualTo(Kind.LIMIT);
      assertThat(problems.get(100).message())
          .isEqualTo("900 more problems were not reported: the limit is 100 problems a document");
    }

    @Test
    void aCapOfOneReportsTheFirstProblemAndCountsTheRest() {
      EntenteJson json = capped(1);
      String text = json.write(withDanglingTopics(5));

      List<JsonProblem> problems = json.readDossierWithViolations(text).violations();

      assertThat(problems).hasSize(2);
      assertViolationsInOrder(problems.subList(0, 1), text);
      assertThat(problems.get(1).message())
          .isEqualTo("4 more problems were not reported: the limit is 1 problem a document");
    }

    @Test
    void aStatementReadOnItsOwnIsCappedToo() {
      Dossier dossier = SampleDossiers.dossier();
      Statement statement = SampleDossiers.jointStatement().withSignatories(
          Attribution.of(Ref.of("nowhere-0"), Ref.of("nowhere-1")),
          Attribution.of(Ref.of("nowhere-2"), Ref.of("nowhere-3")));
      byte[] bytes = PRETTY.writeBytes(statement);
      List<JsonProblem> all = catchThrowableOfType(EntenteJsonException.class,
          () -> PRETTY.readStatement(bytes, dossier)).problems();

      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> capped(2).readStatement(bytes, dossier));

      assertThat(all).hasSizeGreaterThanOrEqualTo(4)
          .allSatisfy(p -> assertThat(p.kind()).isEqualTo(Kind.VIOLATION));
      assertThat(e.problems()).hasSize(3).startsWith(all.get(0), all.get(1));
      assertThat(e.problems().get(2).kind()).isEqualTo(Kind.LIMIT);
      assertThat(e.problems().get(2).message()).isEqualTo((all.size() - 2)
          + " more problems were not reported: the limit is 2 problems a document");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void eachNdjsonLineIsADocumentWithItsOwnCap(int violations) {
      EntenteJson json = EntenteJson.builder()
          .limits(ReadLimits.defaults().withMaxProblems(2)).build();
      String line = json.write(withDanglingTopics(violations));
      byte[] lines = (line + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
      List<EntenteJsonException> bad = new ArrayList<>();

      try (Stream<Dossier> read =
          json.readNdjson(new ByteArrayInputStream(lines), Dossier.class, bad::add)) {
        assertThat(read).isEmpty();
      }

      assertThat(bad).hasSize(2).allSatisfy(e -> assertThat(e.problems())
          .hasSize(Math.min(violations, 2) + (violations > 2 ? 1 : 0)));
      assertThat(bad.get(1).problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
    }
  }
}
