package dev.shale.diff;

import java.util.List;

/** "Was {@code added} created, or renamed from one of {@code candidates}?" */
public record RenameQuestion(ObjectRef added, List<ObjectRef> candidates) {
  public RenameQuestion {
    candidates = List.copyOf(candidates);
  }

  /** The flags that answer this question, one per possible answer. */
  public List<String> answerFlags() {
    List<String> flags = new java.util.ArrayList<>();
    flags.add("--create " + added.kind().flagName() + ":" + added.display());
    for (ObjectRef candidate : candidates) {
      flags.add(
          "--rename "
              + added.kind().flagName()
              + ":"
              + candidate.display()
              + "="
              + added.display());
    }
    return flags;
  }
}
