/**
 * The {@code entente} command line: {@code validate}, {@code readout}, {@code export}, {@code
 * convert} and {@code timeline}, one picocli command class each, and the plain-text readout
 * ({@link dev.entente.cli.Briefing}). The timeline is drawn by {@code
 * dev.entente.interop.timeline.Timeline}, an API of its own.
 *
 * <p>Run it as {@code java -jar cli/target/entente.jar validate FILE...}, or from code through
 * {@link dev.entente.cli.Main#run}, which returns the exit status instead of ending the process:
 * {@link dev.entente.cli.ExitStatus#OK 0} success, {@link dev.entente.cli.ExitStatus#INVALID 1}
 * invalid content, {@link dev.entente.cli.ExitStatus#USAGE 2} a usage or I/O error, {@link
 * dev.entente.cli.ExitStatus#INTERNAL 3} an internal error.
 */
@org.jspecify.annotations.NullMarked
package dev.entente.cli;
