package dev.shale.schema;

/**
 * Options of a sequence or identity column. Unset options keep PostgreSQL's defaults. Immutable:
 * every method returns a new value.
 */
public record SequenceOptions(
    Long start, Long increment, Long minValue, Long maxValue, Long cache, boolean cycling) {

  public static final SequenceOptions DEFAULTS =
      new SequenceOptions(null, null, null, null, null, false);

  public SequenceOptions startWith(long value) {
    return new SequenceOptions(value, increment, minValue, maxValue, cache, cycling);
  }

  public SequenceOptions incrementBy(long value) {
    return new SequenceOptions(start, value, minValue, maxValue, cache, cycling);
  }

  public SequenceOptions minValue(long value) {
    return new SequenceOptions(start, increment, value, maxValue, cache, cycling);
  }

  public SequenceOptions maxValue(long value) {
    return new SequenceOptions(start, increment, minValue, value, cache, cycling);
  }

  public SequenceOptions cache(long value) {
    return new SequenceOptions(start, increment, minValue, maxValue, value, cycling);
  }

  public SequenceOptions cycle() {
    return new SequenceOptions(start, increment, minValue, maxValue, cache, true);
  }
}
