package dev.shale.schema;

import java.util.List;

/** A partition key as declared: {@code partitionByRange("logdate")}. */
public record PartitionKeyDef(Strategy strategy, List<IndexKey> keys) {
  /** {@code RANGE}, {@code LIST} or {@code HASH}. */
  public enum Strategy {
    RANGE,
    LIST,
    HASH
  }
}
