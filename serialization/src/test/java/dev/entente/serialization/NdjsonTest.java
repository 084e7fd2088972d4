package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.validation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NdjsonTest {

  private static final EntenteJson JSON = EntenteJson.standard();

  static InputStream lines(String... lines) {
    return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  static String line(Object value) {
    return JSON.write(value);
  }

  /** A remarks statement made at an engagement that is not in the fixture dossier. */
  static final String ELSEWHERE = "{\"type\":\"remarks\",\"id\":\"rm-9\","
      + "\"speaker\":{\"person\":\"cho\",\"office\":\"kor-fm\"},\"side\":\"kor\","
      + "\"date\":\"2024-03-20\",\"engagement\":\"nowhere\"}";

  @Test
  void valuesWrittenOneALineAreReadBackInOrder() {
    List<Statement> statements = SampleDossiers.dossier().statements();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = EntenteJson.builder().pretty(true).build().ndjsonWriter(out)) {
      for (int i = 0; i < 3; i++) {
        statements.forEach(writer::write);
      }
      assertThat(writer.lines()).isEqualTo(6);
    }
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(text.split("\n", -1)).hasSize(7).endsWith("").doesNotContain("  ");
    try (Stream<Statement> read = JSON.readNdjson(
        new ByteArrayInputStream(out.toByteArray()), Statement.class)) {
      assertThat(read.collect(Collectors.toList())).hasSize(6)
          .containsExactlyElementsOf(Stream.of(statements, statements, statements)
              .flatMap(List::stream).collect(Collectors.toList()));
    }
  }

  @Test
  void theWriterFlushesOnlyWhenAskedAndOnClose() {
    int[] flushes = {0};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void flush() {
        flushes[0]++;
      }
    };
    NdjsonWriter writer = JSON.ndjsonWriter(out);
    for (int i = 0; i < 5; i++) {
      writer.write(SampleDossiers.jointStatement());
    }
    assertThat(flushes[0]).as("flushes after 5 records").isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).hasSize(5);

    writer.flush();
    assertThat(flushes[0]).as("flushes after flush()").isEqualTo(1);
    writer.close();
    assertThat(flushes[0]).as("flushes after close()").isEqualTo(2);
  }

  @Test
  void dossiersAreReadBackInOrder() {
    Dossier small = Dossier.builder().id("small").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = JSON.ndjsonWriter(out)) {
      writer.write(SampleDossiers.dossier()).write(small).write(SampleDossiers.dossier());
    }

    try (Stream<Dossier> read = JSON.readNdjson(
        new ByteArrayInputStream(out.toByteArray()), Dossier.class)) {
      assertThat(read).containsExactly(SampleDossiers.dossier(), small, SampleDossiers.dossier());
    }
  }

  @Test
  void aBadLineEndsAStrictStreamWithItsLineNumber() {
    Statement first = SampleDossiers.jointStatement();
    InputStream in = lines(line(first), line(SampleDossiers.remarks()),
        "{\"type\":\"remarks\",\"id\":\"r\",\"oops\":1}", line(first));

    try (Stream<Statement> read = JSON.readNdjson(in, Statement.class)) {
      Iterator<Statement> it = read.iterator();
      assertThat(it.next()).isEqualTo(first);
      assertThat(it.next()).isEqualTo(SampleDossiers.remarks());
      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class, it::hasNext);

      assertThat(e.firstProblem().line()).isEqualTo(3);
      assertThat(e.firstProblem().kind()).isEqualTo(Kind.UNKNOWN_MEMBER);
      assertThat(e.firstProblem().pointer()).isEqualTo("/oops");
      assertThat(e.firstProblem().column()).isPositive();
    }
  }

  @Test
  void skippingDeliversTheGoodLinesAndReportsEachBadOneWithItsLineNumber() {
    Statement js = SampleDossiers.jointStatement();
    Statement rm = SampleDossiers.remarks();
    InputStream in = lines(line(js), "not json", line(rm), "", "{\"type\":\"tweet\"}", line(js),
        "{\"type\":\"remarks\"");
    List<EntenteJsonException> bad = new ArrayList<>();

    try (Stream<Statement> read = JSON.readNdjson(in, Statement.class, bad::add)) {
      assertThat(read).containsExactly(js, rm, js);
    }
    assertThat(bad).extracting(e -> e.firstProblem().line()).containsExactly(2, 5, 7);
    assertThat(bad).extracting(e -> e.firstProblem().kind())
        .containsExactly(Kind.SYNTAX, Kind.UNKNOWN_TYPE, Kind.SYNTAX);
  }

  @Test
  void blankLinesAndCrLfLineEndsAreAccepted() {
    String text = "\r\n" + line(SampleDossiers.jointStatement()) + "\r\n   \r\n\t\r\n"
        + line(SampleDossiers.remarks()) + "\r\n\r\n" + "{\"x\":1}\r\n";
    List<EntenteJsonException> bad = new ArrayList<>();

    try (Stream<Statement> read = JSON.readNdjson(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Statement.class,
        bad::add)) {
      assertThat(read).containsExactly(SampleDossiers.jointStatement(), SampleDossiers.remarks());
    }
    assertThat(bad).singleElement().satisfies(e -> assertThat(e.firstProblem().line())
        .isEqualTo(7));
  }

  @Test
  void aStatementAloneIsNotFaultedForReferencesOutsideIt() {
    try (Stream<Statement> read = JSON.readNdjson(lines(ELSEWHERE), Statement.class)) {
      assertThat(read).extracting(Statement::id).containsExactly("rm-9");
    }
    assertThat(JSON.readStatement(ELSEWHERE).id()).isEqualTo("rm-9");
  }

  @Test
  void aStatementInTheContextOfADossierIsFaultedForADanglingReference() {
    List<EntenteJsonException> bad = new ArrayList<>();

    try (Stream<Statement> read = JSON.readNdjsonStatements(
        lines(line(SampleDossiers.remarks()), ELSEWHERE), SampleDossiers.dossier(), bad::add)) {
      assertThat(read).containsExactly(SampleDossiers.remarks());
    }
    assertThat(bad).singleElement().satisfies(e -> {
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.VIOLATION);
        assertThat(p.violation()).hasValue(ViolationCode.DANGLING_REFERENCE);
        assertThat(p.pointer()).isEqualTo("/engagement");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("\"nowhere\"");
      });
    });
    EntenteJsonException direct = catchThrowableOfType(EntenteJsonException.class,
        () -> JSON.readStatement(ELSEWHERE.getBytes(StandardCharsets.UTF_8),
            SampleDossiers.dossier()));
    assertThat(direct.firstProblem().pointer()).isEqualTo("/engagement");
    assertThat(direct.firstProblem().column()).isEqualTo(ELSEWHERE.indexOf("\"nowhere\"") + 1);
  }

  @Test
  void anInvalidDossierLineIsReportedWithItsViolationsAtItsLine() {
    List<EntenteJsonException> bad = new ArrayList<>();

    try (Stream<Dossier> read = JSON.readNdjson(lines(line(ValidationTest.invalid()),
        line(SampleDossiers.dossier())), Dossier.class, bad::add)) {
      assertThat(read).containsExactly(SampleDossiers.dossier());
    }
    assertThat(bad).singleElement().satisfies(e -> assertThat(e.problems())
        .hasSize(2).allSatisfy(p -> assertThat(p.line()).isEqualTo(1)));
  }

  @Test
  void aLineLongerThanTheDocumentLimitIsALimitProblemAndSkippingGoesOn() {
    EntenteJson small = EntenteJson.builder()
        .limits(ReadLimits.defaults().withMaxDocumentLength(2_000)).build();
    String huge = "{\"type\":\"remarks\",\"id\":\"r\",\"title\":\"" + "x".repeat(100_000) + "\"}";
    String good = line(SampleDossiers.jointStatement());
    List<EntenteJsonException> bad = new ArrayList<>();

    try (Stream<Statement> read = small.readNdjson(lines(good, huge, good), Statement.class,
        bad::add)) {
      assertThat(read).hasSize(2);
    }
    assertThat(bad).singleElement().satisfies(e -> {
      assertThat(e.firstProblem().kind()).isEqualTo(Kind.LIMIT);
      assertThat(e.firstProblem().line()).isEqualTo(2);
      assertThat(e.firstProblem().message()).contains("2000");
    });
    try (Stream<Statement> read = small.readNdjson(lines(good, huge, good), Statement.class)) {
      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> read.collect(Collectors.toList()));
      assertThat(e.firstProblem().kind()).isEqualTo(Kind.LIMIT);
      assertThat(e.firstProblem().line()).isEqualTo(2);
    }
  }
}
