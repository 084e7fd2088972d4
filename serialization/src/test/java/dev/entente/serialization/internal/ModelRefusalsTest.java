package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Term;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem;
import dev.entente.serialization.JsonProblem.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * How a codec reports what the model's builder refuses: a broken invariant at the member that
 * breaks it, and a required attribute the table does not require as a missing member.
 */
class ModelRefusalsTest {

  /** A term whose table leaves its start optional, though the model requires one. */
  private static final ObjectCodec<Term, Term.Builder> LAX_TERM =
      ObjectCodec.of(Term.class, Term::builder)
          .describedAs("a term")
          .optional(Term.START, term -> Optional.of(term.start()), Term.Builder::start,
              ScalarCodecs.FUZZY_DATE)
          .optional(Term.END, Term::end, Term.Builder::end, ScalarCodecs.FUZZY_DATE)
          .build();

  private static JsonProblem readProblem(String json) {
    try (JsonParser p = JsonFactory.builder().build()
        .createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> LAX_TERM.read(p, ReadContext.strict()));
      assertThat(e).isNotNull();
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
  }

  @Test
  void aRequiredAttributeTheTableLeavesOutIsAMissingMember() {
    JsonProblem problem = readProblem("{\"end\": \"2024\"}");
    assertThat(problem.kind()).isEqualTo(Kind.MISSING_MEMBER);
    assertThat(problem.pointer()).isEmpty();
    assertThat(problem.message()).isEqualTo("missing required member \"start\" of a term");
  }

  @Test
  void aBrokenInvariantIsAnInvalidValueAtItsMember() {
    JsonProblem problem = readProblem("{\"start\": \"2024\", \"end\": \"2020\"}");
    assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(problem.pointer()).isEqualTo("/end");
  }
}
