package dev.shale.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Sequence options in canonical form: an option equal to PostgreSQL's default for the sequence's
 * type is stored as null, so that spelling out a default never produces a diff.
 */
public record SequenceOptions(
    Long start, Long increment, Long minValue, Long maxValue, Long cache, boolean cycle) {
  public static final SequenceOptions DEFAULTS =
      new SequenceOptions(null, null, null, null, null, false);

  /** Options with every value that equals PostgreSQL's default for {@code integerType} dropped. */
  public static SequenceOptions canonical(
      String integerType,
      Long start,
      Long increment,
      Long minValue,
      Long maxValue,
      Long cache,
      boolean cycle) {
    long step = increment == null ? 1 : increment;
    long defaultMin = step > 0 ? 1 : TypeNames.minValue(integerType);
    long defaultMax = step > 0 ? TypeNames.maxValue(integerType) : -1;
    long min = minValue == null ? defaultMin : minValue;
    long max = maxValue == null ? defaultMax : maxValue;
    long defaultStart = step > 0 ? min : max;
    return new SequenceOptions(
        start == null || start == defaultStart ? null : start,
        step == 1 ? null : step,
        min == defaultMin ? null : min,
        max == defaultMax ? null : max,
        cache == null || cache == 1 ? null : cache,
        cycle);
  }

  /**
   * Why PostgreSQL would refuse these options for a sequence of {@code integerType} (smallint,
   * integer or bigint); empty when it accepts them. Unset options take their defaults.
   */
  public static List<String> problems(
      String integerType, Long start, Long increment, Long minValue, Long maxValue, Long cache) {
    List<String> problems = new ArrayList<>();
    if (increment != null && increment == 0) {
      problems.add("INCREMENT must not be zero");
      return problems;
    }
    long lowest = TypeNames.minValue(integerType);
    long highest = TypeNames.maxValue(integerType);
    if (minValue != null && (minValue < lowest || minValue > highest)) {
      problems.add("MINVALUE (" + minValue + ") is out of range for " + integerType);
    }
    if (maxValue != null && (maxValue < lowest || maxValue > highest)) {
      problems.add("MAXVALUE (" + maxValue + ") is out of range for " + integerType);
    }
    if (cache != null && cache < 1) {
      problems.add("CACHE (" + cache + ") must be greater than zero");
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    SequenceOptions effective =
        new SequenceOptions(start, increment, minValue, maxValue, cache, false)
            .effective(integerType);
    long min = effective.minValue();
    long max = effective.maxValue();
    long first = effective.start();
    if (min >= max) {
      problems.add("MINVALUE (" + min + ") must be less than MAXVALUE (" + max + ")");
    } else if (first < min) {
      problems.add("START (" + first + ") cannot be less than MINVALUE (" + min + ")");
    } else if (first > max) {
      problems.add("START (" + first + ") cannot be greater than MAXVALUE (" + max + ")");
    }
    return problems;
  }

  /** Every option with PostgreSQL's default filled in, for {@code integerType}. */
  public SequenceOptions effective(String integerType) {
    long step = increment == null ? 1 : increment;
    long min = minValue != null ? minValue : step > 0 ? 1 : TypeNames.minValue(integerType);
    long max = maxValue != null ? maxValue : step > 0 ? TypeNames.maxValue(integerType) : -1;
    long first = start != null ? start : step > 0 ? min : max;
    return new SequenceOptions(first, step, min, max, cache == null ? 1 : cache, cycle);
  }
}
