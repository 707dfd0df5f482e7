package dev.shale.lint.report;

import dev.shale.lint.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints of findings that stay the same across runs while the finding does, so that code
 * scanning and merge request widgets can tell new findings from old ones: a SHA-256 of the rule id,
 * the file (forward slashes), the statement and the text under the span, both with runs of white
 * space collapsed. Line numbers are left out, so that lines added above a statement do not make its
 * findings new. Findings that agree on all of that are told apart by their occurrence.
 */
final class Fingerprints {
  private Fingerprints() {}

  /** One fingerprint per finding of {@code report}, in order, all different. */
  static List<String> of(LintReport report) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (Finding finding : report.findings()) {
      String text = report.textOf(finding.file());
      String key =
          finding.rule().id()
              + '\u0000'
              + Paths.forwardSlashes(finding.file())
              + '\u0000'
              + normalize(finding.statement())
              + '\u0000'
              + (text == null ? "" : normalize(new SourceLines(text).text(finding.span())));
      int occurrence = seen.merge(key, 1, Integer::sum);
      out.add(sha256(key + '\u0000' + occurrence));
    }
    return out;
  }

  static String normalize(String sql) {
    return sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
