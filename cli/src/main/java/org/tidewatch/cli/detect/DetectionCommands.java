package org.tidewatch.cli.detect;

import org.tidewatch.cli.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The detection commands under one root, for running them before (or without) their registration in
 * the {@code tidewatch} root command: {@code java -cp ...
 * org.tidewatch.cli.detect.DetectionCommands detect|events|detection ...}.
 */
@Command(
    name = "tidewatch-detection",
    mixinStandardHelpOptions = true,
    subcommands = {DetectCommand.class, EventsCommand.class, EvaluateDetectionCommand.class})
public final class DetectionCommands implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new DetectionCommands());
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          if (ex instanceof UserError) {
            c.getErr().println("tidewatch: " + ex.getMessage());
            return 2;
          }
          throw ex;
        });
    int rc = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    System.exit(rc);
  }
}
