package dev.shale.diff;

import java.util.List;

/** The diff cannot go on until the user answers these rename questions. */
public final class DecisionsNeededException extends RuntimeException {
  private final List<RenameQuestion> questions;

  public DecisionsNeededException(List<RenameQuestion> questions) {
    super(questions.size() + " rename question(s) need an answer");
    this.questions = List.copyOf(questions);
  }

  public List<RenameQuestion> questions() {
    return questions;
  }
}
