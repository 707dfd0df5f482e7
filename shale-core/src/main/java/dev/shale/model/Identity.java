package dev.shale.model;

/** An identity column: {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY (options)}. */
public record Identity(Kind kind, SequenceOptions options) {
  public enum Kind {
    ALWAYS,
    BY_DEFAULT;

    public String sql() {
      return this == ALWAYS ? "ALWAYS" : "BY DEFAULT";
    }
  }
}
