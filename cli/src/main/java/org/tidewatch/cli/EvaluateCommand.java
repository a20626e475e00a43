package org.tidewatch.cli;

import org.tidewatch.cli.detect.EvaluateDetectionCommand;
import org.tidewatch.cli.infer.EvaluateInferenceCommand;
import org.tidewatch.cli.sanctions.EvaluateScreeningCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tidewatch evaluate}: measured quality against labelled data, one subcommand per area. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Measure quality against labelled data (precision, recall, F1).",
    subcommands = {
      EvaluateDetectionCommand.class,
      EvaluateScreeningCommand.class,
      EvaluateInferenceCommand.class
    })
public final class EvaluateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
