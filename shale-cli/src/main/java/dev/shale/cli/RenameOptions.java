package dev.shale.cli;

import dev.shale.diff.RenameAnswers;
import java.util.List;
import picocli.CommandLine.Option;

/** Answers to rename questions given on the command line, for runs without a terminal. */
final class RenameOptions {
  @Option(
      names = "--rename",
      paramLabel = "KIND:FROM=TO",
      description = "Answer a rename question: e.g. column:users.avatar_url=users.photo_url.")
  List<String> renames = List.of();

  @Option(
      names = "--create",
      paramLabel = "KIND:NAME",
      description = "Answer a rename question with 'created': e.g. column:users.photo_url.")
  List<String> creates = List.of();

  RenameAnswers answers() {
    return RenameAnswers.parse(renames, creates);
  }
}
