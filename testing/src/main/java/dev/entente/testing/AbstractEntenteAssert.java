package dev.entente.testing;

import java.util.function.Function;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * What every Entente assertion shares: failure messages that name the record and give the
 * expected and actual values in their canonical text forms, and navigation to narrower
 * assertions ({@code statement(id)}, {@code position(kind)}) that stays soft under
 * {@link EntenteSoftAssertions}.
 *
 * @param <SELF> the assertion's own type
 * @param <ACTUAL> the type of the value under test
 */
public abstract class AbstractEntenteAssert<SELF extends AbstractEntenteAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractObjectAssert<SELF, ACTUAL> {

  /** How narrower assertions are made and how a failed navigation is reported. */
  Children children = Children.HARD;

  /**
   * Creates the assertion.
   *
   * @param actual the value under test
   * @param selfType the assertion's own class
   */
  protected AbstractEntenteAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Fails with the message as given: no format directives are interpreted in it. */
  final void fail(String message) {
    failWithMessage("%s", message);
  }

  /**
   * A narrower assertion on a part of the actual value; soft when this one is soft. When the part
   * is missing ({@code null}), {@code missing} is reported (thrown, or collected when soft) and
   * the narrower assertion is on {@code null}, so that its own checks fail too.
   */
  final <A extends AbstractEntenteAssert<A, T>, T> A navigate(
      Class<A> type, Class<T> actualType, T part, Function<T, A> direct, String missing,
      String description) {
    if (part == null) {
      children.failed(failure("%s", missing));
    }
    A child = children.create(type, actualType, part, direct);
    return child.as("%s", description);
  }

  /** Makes narrower assertions, hard or soft. */
  abstract static class Children {

    /** Plain assertions: the first failure throws. */
    static final Children HARD = new Children() {
      @Override
      <A extends AbstractEntenteAssert<A, T>, T> A create(
          Class<A> type, Class<T> actualType, T actual, Function<T, A> direct) {
        return direct.apply(actual);
      }

      @Override
      void failed(AssertionError error) {
        throw error;
      }
    };

    abstract <A extends AbstractEntenteAssert<A, T>, T> A create(
        Class<A> type, Class<T> actualType, T actual, Function<T, A> direct);

    abstract void failed(AssertionError error);
  }
}
