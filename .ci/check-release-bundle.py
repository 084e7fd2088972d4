#!/usr/bin/env python3
"""Checks what the release profile deployed into a local repository directory, offline.

Usage: check-release-bundle.py REPOSITORY BOM_POM VERSION

The repository must hold exactly entente-parent, entente-bom and the Entente artifacts the BOM
manages, at VERSION; each jar artifact with its sources and javadoc jars; every file signed
(a .asc that `gpg --verify` accepts, with the keyring in $GNUPGHOME); and every POM, with what it
inherits from entente-parent, must carry the metadata Maven Central requires.
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
CHECKSUMS = (".md5", ".sha1")
METADATA = "maven-metadata.xml"
REQUIRED = ["name", "description", "url", "licenses/m:license/m:name", "scm/m:url",
            "scm/m:connection", "developers/m:developer/m:name"]


def fail(problems):
    for problem in problems:
        print("release: " + problem, file=sys.stderr)
    sys.exit(1)


def managed_artifacts(bom_pom):
    root = ET.parse(bom_pom).getroot()
    names = set()
    for dependency in root.findall("m:dependencyManagement/m:dependencies/m:dependency", NS):
        if dependency.findtext("m:groupId", namespaces=NS) == "dev.entente":
            names.add(dependency.findtext("m:artifactId", namespaces=NS))
    return names


def has(root, path):
    element = root.find("m:" + path, NS)
    return element is not None and (element.text or "").strip() != ""


def main(repository, bom_pom, version):
    problems = []
    published = managed_artifacts(bom_pom)
    expected = published | {"entente-parent", "entente-bom"}
    root_dir = Path(repository)
    files = {}
    for path in sorted(p for p in root_dir.rglob("*") if p.is_file()):
        parts = path.relative_to(root_dir).parts
        if len(parts) == 4 and parts[:2] == ("dev", "entente") and parts[3].startswith(METADATA):
            continue  # the repository's own index of versions
        if len(parts) != 5 or parts[:2] != ("dev", "entente") or parts[3] != version:
            problems.append("unexpected file " + "/".join(parts))
            continue
        files.setdefault(parts[2], set()).add(parts[4])

    found = set(files)
    for artifact in sorted(found - expected):
        problems.append("holds %s, which is not published" % artifact)
    for artifact in sorted(expected - found):
        problems.append("lacks %s" % artifact)

    poms = {}
    for artifact in sorted(found & expected):
        directory = root_dir / "dev" / "entente" / artifact / version
        base = "%s-%s" % (artifact, version)
        names = files[artifact]
        wanted = {base + ".pom"}
        if artifact in published:
            wanted |= {base + ".jar", base + "-sources.jar", base + "-javadoc.jar"}
        signed = {n for n in names if not n.endswith(CHECKSUMS) and not n.endswith(".asc")}
        if signed != wanted:
            problems.append("%s holds %s, expected %s" % (artifact, sorted(signed), sorted(wanted)))
        for name in sorted(signed):
            path = directory / name
            if name + ".asc" not in names:
                problems.append(name + " is not signed")
                continue
            check = subprocess.run(["gpg", "--batch", "--verify", str(path) + ".asc", str(path)],
                                   capture_output=True, text=True)
            if check.returncode != 0:
                problems.append("bad signature on %s: %s" % (name, check.stderr.strip()))
            for checksum in CHECKSUMS:
                if name + checksum not in names:
                    problems.append(name + " lacks its " + checksum + " checksum")
        pom = directory / (base + ".pom")
        if pom.exists():
            poms[artifact] = ET.parse(pom).getroot()

    parent = poms.get("entente-parent")
    for artifact, root in sorted(poms.items()):
        inherits = root.find("m:parent", NS) is not None
        for path in REQUIRED:
            own = has(root, path)
            inherited = inherits and parent is not None and has(parent, path)
            if path in ("name", "description"):
                inherited = False  # each module describes itself
            if not own and not inherited:
                problems.append("%s's POM lacks <%s>" % (artifact, path.replace("m:", "")))
    if problems:
        fail(problems)
    print("release: %d artifacts, signed, with sources, javadoc and POM metadata: %s"
          % (len(found), ", ".join(sorted(found))))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(*sys.argv[1:])
