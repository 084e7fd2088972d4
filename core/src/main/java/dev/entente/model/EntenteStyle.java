package dev.entente.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Entente value type.
 *
 * <p>A value type is written as a package-private abstract class {@code AbstractDialogue}; the
 * annotation processor generates the public, final {@code Dialogue} with its {@code builder()},
 * {@code withX(...)} copy methods and value-based {@code equals}, {@code hashCode} and
 * {@code toString}. So each concept has exactly one public name. The generated code depends on
 * the JDK only ({@code jdkOnly}) and knows nothing of JSON ({@code jacksonIntegration = false}):
 * the {@code entente-serialization} module attaches JSON from outside.
 *
 * <p>Optional attributes are {@link java.util.Optional}; collections are immutable and never
 * null. Generated types carry no annotation from the Immutables jar, which is needed only to
 * compile {@code entente-core}. Invariants are checked in one {@code @Value.Check} method per type, which throws an
 * {@link InvalidValueException} naming the attribute and the bad value.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    jacksonIntegration = false,
    optionalAcceptNullable = false,
    headerComments = false,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "evidence:evidence", "series:series"},
    defaults = @Value.Immutable(copy = true),
    // No classpath annotations on generated types (an empty list would allow all): in particular
    // no org.immutables.value.Generated, whose jar users of entente-core do not have.
    allowedClasspathAnnotations = {Override.class})
@interface EntenteStyle {}
