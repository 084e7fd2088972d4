package dev.entente.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * schema.org's published vocabulary, as far as the JSON-LD export uses it: classes and their
 * superclasses, the enumeration members written, and the {@code schema:domainIncludes} and {@code
 * schema:rangeIncludes} of every property written. Read from {@code
 * schemaorg/schemaorg-30.0-extract.nt}, which {@code extract.py} beside it copies from release
 * 30.0 (its docstring names the file and commit).
 *
 * <p>{@link #violations(Model, String)} checks every triple of an expanded document the way schema.org
 * defines its "includes": the subject has a type in (a subclass of) one of the property's domains,
 * the object a type in one of its ranges. A literal fits Text when the range has Text, Date or
 * DateTime when the range has one and the literal reads as one; an IRI fits URL, a literal never
 * does (a {@code url} or {@code sameAs} must be coerced to {@code @id}). The
 * one exception is schema.org's own Role pattern (https://schema.org/Role): a property's value may
 * be a Role that carries the same property, whose domain is then the one of the node that points
 * to the Role.
 */
final class SchemaOrgVocabulary {

  static final String S = "https://schema.org/";
  private static final String DOMAIN = S + "domainIncludes";
  private static final String RANGE = S + "rangeIncludes";
  private static final Pattern DATE = Pattern.compile(
      "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?");
  private static final Pattern DATE_TIME = Pattern.compile(
      "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})");

  private final Set<String> classes = new HashSet<>();
  private final Set<String> properties = new HashSet<>();
  private final Map<String, Set<String>> superclasses = new HashMap<>();
  private final Map<String, Set<String>> memberTypes = new HashMap<>();
  private final Map<String, Set<String>> domains = new HashMap<>();
  private final Map<String, Set<String>> ranges = new HashMap<>();

  private SchemaOrgVocabulary(Model vocabulary) {
    for (StmtIterator it = vocabulary.listStatements(); it.hasNext(); ) {
      Statement t = it.next();
      String s = t.getSubject().getURI();
      String p = t.getPredicate().getURI();
      String o = t.getObject().asResource().getURI();
      if (p.equals(RDF.type.getURI())) {
        if (o.equals(RDFS.Class.getURI())) {
          classes.add(s);
        } else if (o.equals(RDF.Property.getURI())) {
          properties.add(s);
        } else {
          memberTypes.computeIfAbsent(s, k -> new HashSet<>()).add(o);
        }
      } else if (p.equals(RDFS.subClassOf.getURI())) {
        superclasses.computeIfAbsent(s, k -> new HashSet<>()).add(o);
      } else if (p.equals(DOMAIN)) {
        domains.computeIfAbsent(s, k -> new HashSet<>()).add(o);
      } else if (p.equals(RANGE)) {
        ranges.computeIfAbsent(s, k -> new HashSet<>()).add(o);
      }
    }
    // A data type such as Text is typed both rdfs:Class and schema:DataType: no enumeration member.
    memberTypes.keySet().removeAll(classes);
  }

  /** Reads the shipped extract. */
  static SchemaOrgVocabulary load() {
    Model model = ModelFactory.createDefaultModel();
    try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream(
        "schemaorg/schemaorg-30.0-extract.nt")) {
      if (in == null) {
        throw new IllegalStateException("schemaorg-30.0-extract.nt is not on the class path");
      }
      RDFParser.create().source(in).lang(Lang.NTRIPLES).parse(model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SchemaOrgVocabulary(model);
  }

  /** Whether the vocabulary has the class or property of this local name. */
  boolean knows(String localName) {
    return classes.contains(S + localName) || properties.contains(S + localName);
  }

  /** The domains of a property, as IRIs. */
  Set<String> domainOf(String localName) {
    return domains.getOrDefault(S + localName, Set.of());
  }

  /** The ranges of a property, as IRIs. */
  Set<String> rangeOf(String localName) {
    return ranges.getOrDefault(S + localName, Set.of());
  }

  /** Whether {@code type} is {@code other} or one of its subclasses. */
  boolean isA(String type, String other) {
    Set<String> seen = new HashSet<>();
    List<String> pending = new ArrayList<>(List.of(type));
    while (!pending.isEmpty()) {
      String t = pending.remove(pending.size() - 1);
      if (t.equals(other)) {
        return true;
      }
      if (seen.add(t)) {
        pending.addAll(superclasses.getOrDefault(t, Set.of()));
      }
    }
    return false;
  }

  private boolean anyIsA(Set<String> types, Set<String> wanted) {
    for (String t : types) {
      for (String w : wanted) {
        if (isA(t, w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The schema.org types of a node: its rdf:types, or an enumeration member's type. */
  private Set<String> typesOf(Model model, RDFNode node) {
    Set<String> types = new HashSet<>();
    if (!node.isResource()) {
      return types;
    }
    Resource r = node.asResource();
    if (r.isURIResource() && memberTypes.containsKey(r.getURI())) {
      types.addAll(memberTypes.get(r.getURI()));
    }
    model.listObjectsOfProperty(r, RDF.type).forEachRemaining(t -> {
      if (t.isURIResource() && t.asResource().getURI().startsWith(S)) {
        types.add(t.asResource().getURI());
      }
    });
    return types;
  }

  private boolean isRole(Set<String> types) {
    return anyIsA(types, Set.of(S + "Role"));
  }

  /**
   * Every triple of the model that breaks schema.org: an unknown schema.org type or property (or
   * one outside the extract), a property outside schema.org and {@code extension}, a subject
   * outside the property's domains, an object outside its ranges.
   *
   * @param model the expanded document
   * @param extension the namespace of the export's own terms, which are not checked
   * @return one line per violation, empty if none
   */
  List<String> violations(Model model, String extension) {
    List<String> found = new ArrayList<>();
    for (StmtIterator it = model.listStatements(); it.hasNext(); ) {
      Statement t = it.next();
      Resource s = t.getSubject();
      String p = t.getPredicate().getURI();
      RDFNode o = t.getObject();
      String where = s + " " + p + " " + o;
      if (p.equals(RDF.type.getURI())) {
        String type = o.asResource().getURI();
        if (type == null || !(type.startsWith(S) || type.startsWith(extension))) {
          found.add("a type outside schema.org: " + where);
        } else if (type.startsWith(S) && !classes.contains(type)) {
          found.add("not a schema.org class (or not in the extract): " + where);
        }
        continue;
      }
      if (p.startsWith(extension)) {
        continue;
      }
      if (!p.startsWith(S)) {
        found.add("a property outside schema.org: " + where);
        continue;
      }
      if (!properties.contains(p)) {
        found.add("not a schema.org property (or not in the extract): " + where);
        continue;
      }
      Set<String> subjectTypes = typesOf(model, s);
      if (subjectTypes.isEmpty()) {
        found.add("a subject without a schema.org type: " + where);
      } else {
        Set<String> domainTypes = new HashSet<>(subjectTypes);
        if (isRole(subjectTypes)) {
          // The Role pattern: the Role carries the property of the node that points to it.
          model.listSubjectsWithProperty(t.getPredicate(), s)
              .forEachRemaining(x -> domainTypes.addAll(typesOf(model, x)));
        }
        if (!anyIsA(domainTypes, domains.getOrDefault(p, Set.of()))) {
          found.add("subject outside the domain " + domains.get(p) + " (its types " + subjectTypes
              + "): " + where);
        }
      }
      Set<String> range = ranges.getOrDefault(p, Set.of());
      if (o.isLiteral()) {
        if (!literalFits(o.asLiteral(), range)) {
          found.add("literal outside the range " + range + ": " + where);
        }
        continue;
      }
      Set<String> objectTypes = typesOf(model, o);
      if (o.isURIResource() && range.contains(S + "URL")) {
        // Any IRI is a URL, whether or not the document describes what it names.
        continue;
      }
      if (objectTypes.isEmpty()) {
        found.add("an untyped node where the range is " + range + ": " + where);
      } else if (isRole(objectTypes) && model.contains(o.asResource(), t.getPredicate())) {
        // The Role pattern: checked on the Role's own triple of this property.
        continue;
      } else if (!anyIsA(objectTypes, range)) {
        found.add("object outside the range " + range + " (its types " + objectTypes + "): "
            + where);
      }
    }
    return found;
  }

  private static boolean literalFits(Literal literal, Set<String> range) {
    String text = literal.getLexicalForm();
    String datatype = literal.getDatatypeURI();
    boolean string = datatype.equals(XSDDatatype.XSDstring.getURI())
        || datatype.equals(RDF.dtLangString.getURI());
    if (range.contains(S + "Text") && string) {
      return true;
    }
    if (range.contains(S + "Date") && string && DATE.matcher(text).matches()) {
      return true;
    }
    if (range.contains(S + "DateTime") && string && DATE_TIME.matcher(text).matches()) {
      return true;
    }
    if ((range.contains(S + "Integer") || range.contains(S + "Number"))
        && datatype.equals(XSDDatatype.XSDinteger.getURI())) {
      return true;
    }
    return false;
  }
}
