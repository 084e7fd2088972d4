package dev.entente.examples;

import dev.entente.interop.CameoExport;
import dev.entente.interop.JsonLdExport;
import dev.entente.interop.PloverExport;
import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.EntenteJson.Format;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem;
import dev.entente.serialization.NdjsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands of the examples' command line, apart from the process: arguments and streams in,
 * exit status out, so that tests can run them without {@code System.exit}.
 */
final class Cli {

  /** Everything is valid. */
  static final int OK = 0;
  /** Some content is invalid: malformed, badly encoded, or breaking a rule. */
  static final int INVALID = 1;
  /** A file cannot be read or written, or the command line is wrong. */
  static final int TROUBLE = 2;

  static final String USAGE = String.join("\n",
      "usage: Main                    print the example dossier as pretty JSON",
      "       Main readout FILE       print a briefing of a dossier",
      "       Main validate FILE...   check files; one line per problem on standard output:",
      "                               FILE:LINE: POINTER: MESSAGE (FILE: POINTER: MESSAGE when",
      "                               the line is unknown); a count on standard error",
      "       Main export --format plover|cameo|jsonld FILE",
      "                               print a dossier as PLOVER JSONL, a CAMEO-coded TSV,",
      "                               or JSON-LD with schema.org terms",
      "       Main convert FROM TO    convert a dossier between JSON and YAML, or NDJSON to",
      "                               NDJSON (checked and rewritten one compact record a line)",
      "       Main help               print this text",
      "",
      "Formats go by extension: .json holds one dossier; .yaml or .yml one dossier in YAML;",
      ".ndjson or .jsonl one record a line, all statements, or all dossiers when the first",
      "record has an \"entente\" member. readout and validate read other extensions as JSON,",
      "and - as JSON on standard input; convert refuses them.",
      "",
      "Exit status: 0 all valid; 1 some content is invalid; 2 a file cannot be read or",
      "written, or the command is wrong (the higher status wins).",
      "",
      "Through Maven: mvn -q -pl examples -am compile exec:java -Dexec.args=\"validate story.json\"",
      "");

  private enum Kind { JSON, YAML, NDJSON }

  private static final EntenteJson JSON = EntenteJson.standard();
  private static final EntenteJson PRETTY = EntenteJson.builder().pretty(true).build();
  private static final EntenteJson YAML = EntenteJson.builder().format(Format.YAML).build();

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;

  Cli(InputStream stdin, PrintStream out, PrintStream err) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  /** Runs one command line and returns its exit status. */
  int run(String... args) {
    if (args.length == 0) {
      out.print(prettyJson(KoreaUkDialogue2024.dossier()));
      out.flush();
      return OK;
    }
    List<String> operands = Arrays.asList(args).subList(1, args.length);
    switch (args[0]) {
      case "readout":
        return operands.size() == 1 ? readout(operands.get(0)) : usage("readout takes one file");
      case "validate":
        return operands.isEmpty() ? usage("validate takes one or more files") : validate(operands);
      case "export":
        return export(operands);
      case "convert":
        return operands.size() == 2 ? convert(operands.get(0), operands.get(1))
            : usage("convert takes two files");
      case "help":
      case "-h":
      case "--help":
        return usage(null);
      default:
        return usage("unknown command: " + args[0]);
    }
  }

  /** The dossier as indented JSON ending with a line break: what the no-argument command prints. */
  static String prettyJson(Dossier dossier) {
    String text = PRETTY.write(dossier);
    return text.endsWith("\n") ? text : text + "\n";
  }

  private int usage(String complaint) {
    if (complaint != null) {
      err.println(complaint);
    }
    err.print(USAGE);
    err.flush();
    return TROUBLE;
  }

  // ---- readout -----------------------------------------------------------------------------

  private int readout(String file) {
    return withDossier(file, "readout", dossier -> out.print(Briefing.of(dossier)));
  }

  /** {@code export --format plover|cameo|jsonld FILE}: a dossier as event data or linked data. */
  private int export(List<String> operands) {
    if (operands.size() != 3 || !operands.get(0).equals("--format")) {
      return usage("export takes --format plover|cameo|jsonld and one file");
    }
    Consumer<Dossier> exporter;
    switch (operands.get(1)) {
      case "plover":
        exporter = dossier -> PloverExport.write(dossier, out);
        break;
      case "cameo":
        exporter = dossier -> CameoExport.write(dossier, out);
        break;
      case "jsonld":
        exporter = dossier -> JsonLdExport.write(dossier, out);
        break;
      default:
        return usage("unknown export format: " + operands.get(1) + "; one of plover, cameo, jsonld");
    }
    return withDossier(operands.get(2), "export", exporter);
  }

  /**
   * Reads one dossier (JSON or YAML) and hands it to {@code action}, which writes to standard
   * output; problems go to standard error.
   */
  private int withDossier(String file, String command, Consumer<Dossier> action) {
    Kind kind = kindOf(file, Kind.JSON);
    if (kind == Kind.NDJSON) {
      err.println(file + ": " + command + " reads one dossier, in JSON or YAML, not NDJSON");
      return TROUBLE;
    }
    byte[] bytes;
    try {
      bytes = bytes(file);
    } catch (IOException e) {
      return cannotRead(file, e);
    }
    Dossier dossier;
    try {
      dossier = reader(kind).readDossier(bytes);
    } catch (EntenteJsonException e) {
      e.problems().forEach(p -> err.println(line(file, p)));
      return INVALID;
    }
    action.accept(dossier);
    out.flush();
    return OK;
  }


  // ---- validate ----------------------------------------------------------------------------

  private int validate(List<String> files) {
    int status = OK;
    int problems = 0;
    int unreadable = 0;
    for (String file : files) {
      List<JsonProblem> found;
      try {
        found = check(file);
      } catch (IOException e) {
        status = Math.max(status, cannotRead(file, e));
        unreadable++;
        continue;
      }
      for (JsonProblem problem : found) {
        out.println(line(file, problem));
      }
      problems += found.size();
      if (!found.isEmpty()) {
        status = Math.max(status, INVALID);
      }
    }
    out.flush();
    err.println(count(files.size(), "file") + ", " + count(problems, "problem")
        + (unreadable == 0 ? "" : ", " + unreadable + " unreadable"));
    err.flush();
    return status;
  }

  /** Every problem of one file, in order; empty when it is valid. */
  private List<JsonProblem> check(String file) throws IOException {
    Kind kind = kindOf(file, Kind.JSON);
    if (kind == Kind.NDJSON) {
      List<JsonProblem> problems = new ArrayList<>();
      Class<?> type = ndjsonType(Path.of(file));
      try (InputStream in = Files.newInputStream(Path.of(file));
          Stream<?> records = JSON.readNdjson(in, type, e -> problems.addAll(e.problems()))) {
        records.forEach(record -> { });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return problems;
    }
    byte[] bytes = bytes(file);
    try {
      return reader(kind).readDossierWithViolations(bytes).violations();
    } catch (EntenteJsonException e) {
      return e.problems();
    }
  }

  // ---- convert -----------------------------------------------------------------------------

  private int convert(String from, String to) {
    Kind source = kindOf(from, null);
    Kind target = kindOf(to, null);
    for (String file : List.of(from, to)) {
      if (kindOf(file, null) == null) {
        err.println(file + ": unknown format; convert reads and writes .json, .yaml, .yml,"
            + " .ndjson and .jsonl files");
        return TROUBLE;
      }
    }
    if ((source == Kind.NDJSON) != (target == Kind.NDJSON)) {
      err.println("convert: NDJSON converts only to NDJSON, and dossiers (JSON, YAML) only to"
          + " JSON or YAML");
      return TROUBLE;
    }
    return source == Kind.NDJSON ? convertNdjson(Path.of(from), Path.of(to))
        : convertDossier(from, to, target);
  }

  private int convertDossier(String from, String to, Kind target) {
    byte[] bytes;
    try {
      bytes = bytes(from);
    } catch (IOException e) {
      return cannotRead(from, e);
    }
    Dossier dossier;
    try {
      dossier = reader(kindOf(from, null)).readDossier(bytes);
    } catch (EntenteJsonException e) {
      e.problems().forEach(p -> err.println(line(from, p)));
      return INVALID;
    }
    String text = target == Kind.YAML ? YAML.write(dossier) : prettyJson(dossier);
    try {
      Files.writeString(Path.of(to), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return cannotWrite(to, e);
    }
    return OK;
  }

  /**
   * Reads every record, and only when all are valid replaces the target with them, one compact
   * record a line; the records go through a temporary file next to the target, so memory stays
   * that of one record.
   */
  private int convertNdjson(Path from, Path to) {
    Class<?> type;
    InputStream in;
    try {
      type = ndjsonType(from);
      in = Files.newInputStream(from);
    } catch (IOException e) {
      return cannotRead(from.toString(), e);
    }
    List<JsonProblem> problems = new ArrayList<>();
    Path temporary = null;
    try (in) {
      temporary = Files.createTempFile(to.toAbsolutePath().getParent(), ".entente-", ".ndjson");
      try (Stream<?> records = JSON.readNdjson(in, type, e -> problems.addAll(e.problems()));
          NdjsonWriter writer = JSON.ndjsonWriter(Files.newOutputStream(temporary))) {
        records.forEach(writer::write);
      }
      if (!problems.isEmpty()) {
        problems.forEach(p -> err.println(line(from.toString(), p)));
        return INVALID;
      }
      Files.move(temporary, to, StandardCopyOption.REPLACE_EXISTING);
      return OK;
    } catch (UncheckedIOException e) {
      return cannotRead(from.toString(), e.getCause());
    } catch (IOException e) {
      return cannotWrite(to.toString(), e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        err.println(file + ": cannot delete: " + reason(e));
      }
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  /**
   * What an NDJSON file's records are: dossiers when its first non-blank line is an object with an
   * {@code "entente"} member, statements otherwise (a first line that is not JSON is reported as a
   * bad statement line).
   */
  private static Class<?> ndjsonType(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] first = firstNonBlankLine(in);
      if (first == null) {
        return Statement.class;
      }
      try {
        JsonNode node = JsonMapper.shared().readTree(first);
        return node != null && node.isObject() && node.has("entente")
            ? Dossier.class : Statement.class;
      } catch (JacksonException e) {
        return Statement.class;
      }
    }
  }

  private static byte[] firstNonBlankLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean blank = true;
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (b == '\n') {
        if (!blank) {
          return line.toByteArray();
        }
        line.reset();
        continue;
      }
      if (b != ' ' && b != '\t' && b != '\r') {
        blank = false;
      }
      line.write(b);
    }
    return blank ? null : line.toByteArray();
  }

  /** The kind of file by its extension, or {@code otherwise} when it has none Entente knows. */
  private static Kind kindOf(String file, Kind otherwise) {
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Kind.JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Kind.YAML;
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return Kind.NDJSON;
    }
    return otherwise;
  }

  private static EntenteJson reader(Kind kind) {
    return kind == Kind.YAML ? YAML : JSON;
  }

  /** A file's bytes, or standard input's for {@code -}. */
  private byte[] bytes(String file) throws IOException {
    return file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
  }

  /** {@code file:line: pointer: message}, or {@code file: pointer: message} without a line. */
  static String line(String file, JsonProblem problem) {
    String pointer = problem.pointer().isEmpty() ? "(document)" : printable(problem.pointer());
    return file + (problem.hasLocation() ? ":" + problem.line() : "") + ": " + pointer + ": "
        + problem.message();
  }

  /** A pointer on one line: a member name can hold any character, a line break too. */
  private static String printable(String pointer) {
    StringBuilder out = new StringBuilder(pointer.length());
    pointer.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private int cannotRead(String file, IOException e) {
    err.println(file + ": cannot read: " + reason(e));
    return TROUBLE;
  }

  private int cannotWrite(String file, IOException e) {
    err.println(file + ": cannot write: " + reason(e));
    return TROUBLE;
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
