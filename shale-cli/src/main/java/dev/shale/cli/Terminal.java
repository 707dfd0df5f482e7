package dev.shale.cli;

/** Where output goes and whether it may be coloured and may ask questions. */
record Terminal(boolean interactive, boolean color) {
  /** With {@code noInput}, never interactive, as without a console. */
  static Terminal detect(boolean noColorFlag, boolean noInput) {
    boolean console = System.console() != null && !noInput;
    String noColor = System.getenv("NO_COLOR");
    boolean color = console && !noColorFlag && (noColor == null || noColor.isEmpty());
    return new Terminal(console, color);
  }

  String red(String text) {
    return paint("31", text);
  }

  String yellow(String text) {
    return paint("33", text);
  }

  String bold(String text) {
    return paint("1", text);
  }

  String green(String text) {
    return paint("32", text);
  }

  private String paint(String code, String text) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
