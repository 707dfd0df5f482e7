package dev.shale.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A yes/no question on the terminal; anything but yes is no. */
final class Confirm {
  private Confirm() {}

  /** Asks {@code question} (with {@code [y/N]}) and reads the answer from standard input. */
  static boolean ask(String question, Terminal terminal, PrintWriter out) {
    out.print(terminal.bold(question) + " [y/N] ");
    out.flush();
    try {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return line != null
          && (line.strip().equalsIgnoreCase("y") || line.strip().equalsIgnoreCase("yes"));
    } catch (IOException e) {
      return false;
    }
  }
}
