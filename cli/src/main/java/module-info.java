/**
 * The {@code entente} command: validates, reads out, converts, exports and draws timelines of
 * dossier files. Its commands are picocli commands, one class each; {@link
 * dev.entente.cli.Main#run} runs a command line without ending the process, and {@link
 * dev.entente.cli.Briefing} is the plain-text readout as an API.
 */
module dev.entente.cli {
  requires transitive dev.entente.core;
  requires dev.entente.serialization;
  requires dev.entente.interop;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires info.picocli;
  requires static org.jspecify;

  exports dev.entente.cli;
  // picocli reads the commands' annotated fields and methods reflectively.
  opens dev.entente.cli to info.picocli;
}
