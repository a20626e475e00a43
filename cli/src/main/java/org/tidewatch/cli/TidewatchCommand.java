package org.tidewatch.cli;

import org.tidewatch.cli.detect.DetectCommand;
import org.tidewatch.cli.detect.EventsCommand;
import org.tidewatch.cli.infer.LedgerCommand;
import org.tidewatch.cli.infer.RiskCommand;
import org.tidewatch.cli.sanctions.SanctionsCommand;
import org.tidewatch.cli.sanctions.ScreenCommand;
import org.tidewatch.cli.server.ServeCommand;
import org.tidewatch.cli.server.UsersCommand;
import org.tidewatch.cli.sim.SimulateCommand;
import org.tidewatch.cli.store.ExportCommand;
import org.tidewatch.cli.store.IngestCommand;
import org.tidewatch.cli.store.StoreCommand;
import org.tidewatch.cli.store.TrackCommand;
import org.tidewatch.cli.store.VesselsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tidewatch} command: the composition root of every runnable capability. Subcommands are
 * thin: they parse options, call one service and print its result.
 */
@Command(
    name = "tidewatch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Maritime sanctions-evasion intelligence: decode and analyse AIS, screen against sanctions"
          + " lists.",
      ""
    },
    subcommands = {
      DemoCommand.class,
      DecodeCommand.class,
      IngestCommand.class,
      VesselsCommand.class,
      TrackCommand.class,
      ExportCommand.class,
      StoreCommand.class,
      DetectCommand.class,
      EventsCommand.class,
      SimulateCommand.class,
      SanctionsCommand.class,
      ScreenCommand.class,
      LedgerCommand.class,
      RiskCommand.class,
      EvaluateCommand.class,
      ServeCommand.class,
      UsersCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TidewatchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand registered. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new TidewatchCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new UserErrorHandler());
    return cl;
  }

  public static void main(String[] args) {
    CommandLine cl = commandLine();
    int code = cl.execute(args);
    // commands print through picocli's writers; flush them once here, for every command
    cl.getOut().flush();
    cl.getErr().flush();
    System.exit(code);
  }
}
