package bcf.returns;

import bcf.validation.Finding;
import java.util.List;

/** The findings of checking a return against its round and its plan. */
public record ReturnFindings(List<Finding> findings) {

  public ReturnFindings {
    findings = List.copyOf(findings);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == bcf.validation.Severity.ERROR);
  }
}
