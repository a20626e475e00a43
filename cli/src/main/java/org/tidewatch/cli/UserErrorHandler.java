package org.tidewatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints user errors and I/O failures as one clear line; anything else is a bug and keeps its stack
 * trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  static final int EXIT_USER_ERROR = 2;
  static final int EXIT_IO_ERROR = 3;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (t instanceof UserError) {
      cl.getErr().println("tidewatch: " + t.getMessage());
      return EXIT_USER_ERROR;
    }
    if (t instanceof NoSuchFileException nsf) {
      cl.getErr().println("tidewatch: no such file: " + nsf.getFile());
      return EXIT_IO_ERROR;
    }
    if (t instanceof IOException io) {
      cl.getErr().println("tidewatch: I/O error: " + io);
      return EXIT_IO_ERROR;
    }
    cl.getErr().println("tidewatch: internal error (please report it with the command you ran):");
    t.printStackTrace(cl.getErr());
    return 1;
  }
}
