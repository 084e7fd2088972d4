#!/usr/bin/env python3
"""Writes schemaorg-30.0-extract.nt, the part of schema.org's published vocabulary that
JsonLdVocabularyTest checks the JSON-LD export against.

Source: repository schemaorg/schemaorg, file data/releases/30.0/schemaorg-current-https.nt
(release 30.0, blob d1228dead1d026987041662e10bafc884df0d487; commit
420231f6bfac8372fc564abb121fae57ccb36a0c last changed the file, still so at
cc71c8e064859e912aac8b11ec06e6bc53255b6a). The triples are copied byte for byte, never edited:

- every rdfs:subClassOf triple of every class that is a superclass (reflexively, transitively)
  of a CLASSES entry, of the type of an ENUMERATION_MEMBERS entry, or of a class in the domain or
  range of a PROPERTIES entry;
- the rdf:type triples of those classes, of the PROPERTIES and of the ENUMERATION_MEMBERS;
- the schema:domainIncludes and schema:rangeIncludes triples of the PROPERTIES.

When the export uses a new schema.org term, the test reports it as unknown: add it to the lists
below and rerun

  git show 420231f6bfac8372fc564abb121fae57ccb36a0c:data/releases/30.0/schemaorg-current-https.nt \
    > schemaorg-current-https.nt
  python3 extract.py schemaorg-current-https.nt > schemaorg-30.0-extract.nt
"""
import sys

S = "https://schema.org/"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
DOMAIN = "<https://schema.org/domainIncludes>"
RANGE = "<https://schema.org/rangeIncludes>"

# Every type the export writes, and the data types a literal is checked against.
CLASSES = """Dataset GovernmentOrganization Organization Country AdministrativeArea Place Person
OrganizationRole Role EventSeries Event Quotation CreativeWork NewsArticle SocialMediaPosting
WebPage DefinedTerm PostalAddress Action Thing Text URL Date DateTime Number Integer Boolean
Time""".split()

# Every property the export writes, and citation, which the old export put on events (a negative
# control in the test).
PROPERTIES = """citation name alternateName identifier description sameAs url member parentOrganization
areaServed memberOf roleName startDate endDate superEvent location organizer attendee about
eventStatus previousStartDate subjectOf address addressLocality addressCountry containedInPlace
text spokenByCharacter creator genre datePublished recordedAt hasPart mentions agent isBasedOn
headline publisher author inLanguage termCode articleSection""".split()

# The enumeration members the export writes.
ENUMERATION_MEMBERS = """EventScheduled EventPostponed EventRescheduled
EventCancelled""".split()


def main(path):
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    triples = []
    for line in lines:
        s, p, rest = line.split(" ", 2)
        o = rest.rsplit(" .", 1)[0].strip()
        triples.append((s, p, o, line))
    supers = {}
    types = {}
    for s, p, o, _ in triples:
        if p == SUBCLASS:
            supers.setdefault(s, set()).add(o)
        elif p == TYPE:
            types.setdefault(s, set()).add(o)
    props = {"<" + S + n + ">" for n in PROPERTIES}
    members = {"<" + S + n + ">" for n in ENUMERATION_MEMBERS}
    seeds = {"<" + S + n + ">" for n in CLASSES}
    for m in members:
        seeds |= types.get(m, set())
    for s, p, o, _ in triples:
        if s in props and p in (DOMAIN, RANGE):
            seeds.add(o)
    classes = set()
    pending = list(seeds)
    while pending:
        c = pending.pop()
        if c not in classes:
            classes.add(c)
            pending.extend(supers.get(c, ()))
    for name in CLASSES + PROPERTIES + ENUMERATION_MEMBERS:
        if "<" + S + name + ">" not in types:
            sys.exit("not in the vocabulary: " + name)
    out = []
    for s, p, o, line in triples:
        if (p == SUBCLASS and s in classes) \
                or (p == TYPE and (s in classes or s in props or s in members)) \
                or (p in (DOMAIN, RANGE) and s in props):
            out.append(line if line.endswith("\n") else line + "\n")
    sys.stdout.write("".join(sorted(out)))


if __name__ == "__main__":
    main(sys.argv[1])
