package dev.shale.push;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * One thing a push would destroy, with how much of it the database holds now.
 *
 * @param change what the change does, as the review names it ({@code drop column users.flag})
 * @param count how many rows or values it loses; -1 when the count means nothing (a sequence, an
 *     enum type)
 * @param unit what is counted ({@code rows}, {@code non-null values})
 */
public record DataLoss(String change, long count, String unit) {
  /** {@code drop column users.legacy_flag: 1,234 non-null values}. */
  @Override
  public String toString() {
    if (count < 0) {
      return change;
    }
    String unitText = count == 1 ? unit.replaceAll("s$", "") : unit;
    return change
        + ": "
        + NumberFormat.getIntegerInstance(Locale.ROOT).format(count)
        + " "
        + unitText;
  }
}
