package dev.entente.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.annotate.InjectAnnotation;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Entente value type.
 *
 * <p>A value type is written as a package-private abstract class {@code AbstractDialogue}; the
 * annotation processor generates the public, final {@code Dialogue} with its {@code builder()},
 * {@code withX(...)} copy methods (the way to derive a value from another: builders have no
 * {@code from(...)}) and value-based {@code equals}, {@code hashCode} and
 * {@code toString}. So each concept has exactly one public name. The generated code depends on
 * the JDK only ({@code jdkOnly}) and knows nothing of JSON ({@code jacksonIntegration = false}):
 * the {@code entente-serialization} module attaches JSON from outside.
 *
 * <p>Optional attributes are {@link java.util.Optional}; their setters and {@code withX(...)}
 * methods also take a plain value or {@code null}, which leaves the attribute empty. Collections are
 * immutable and never null. Generated types carry no annotation from the Immutables jar, which is needed only to
 * compile {@code entente-core}. Invariants are checked in one {@code @Value.Check} method per type, which throws an
 * {@link InvalidValueException} naming the attribute and the bad value; a required attribute left
 * unset and a {@code null} given for an attribute are refused with an {@link
 * InvalidValueException} too, so builders throw one exception type for all they refuse.
 */
// Generated public signatures carry jspecify's @Nullable (equals(@Nullable Object), the varargs of
// withX(...), and with optionalAcceptNullable the setters and withX(...) of optional attributes), and entente-core reads org.jspecify with "requires static", not "requires static
// transitive": a transitive one would make every module that requires entente-core fail to compile
// unless jspecify is on its module path, and entente-core has no dependency but the JDK. javac's
// "exports" lint warns of every such annotation ("not indirectly exported using requires
// transitive"), though an annotation type need not be readable by a client to compile or run
// against the API. Annotations are the only thing from org.jspecify in the API, so each generated
// type suppresses "exports" and only it; hand-written public types keep the lint.
@InjectAnnotation(
    code = "@java.lang.SuppressWarnings(\"exports\")",
    target = InjectAnnotation.Where.IMMUTABLE_TYPE)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    jacksonIntegration = false,
    // A setter of an optional attribute takes null as "absent": title(null) leaves it empty.
    optionalAcceptNullable = true,
    // Everything a builder, factory or copy method refuses is an InvalidValueException: a required
    // attribute not set (Immutables passes the missing names to MissingValueException(String...))
    // and a null (MissingValueException(String), in place of NullPointerException).
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    headerComments = false,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "evidence:evidence", "series:series",
        "witness:witnesses"},
    defaults = @Value.Immutable(copy = true),
    // No Builder.from(...) methods. Every value type has more than one supertype with attributes
    // (it is Extensible, and an Actor, Position, ... too), and for such types Immutables 2.12
    // generates a public from(AbstractX) overload whatever the abstract type's access: a public
    // method exposing a package-private type, which clients cannot call and javac flags
    // ("exports" lint). The withX(...) copy methods are the way to derive one value from another.
    from = "",
    // No classpath annotations on generated types (an empty list would allow all): in particular
    // no org.immutables.value.Generated, whose jar users of entente-core do not have.
    allowedClasspathAnnotations = {Override.class},
    // In place of the @SuppressWarnings("all") that javac ignores: see the injection above.
    generateSuppressAllWarnings = false)
@interface EntenteStyle {}
