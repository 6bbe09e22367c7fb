package bcf.workbook.web;

import bcf.kernel.Refusal;

/**
 * A document that cannot be written as a workbook as it stands (a text longer than a cell holds): a
 * conflict with its state, shown as a page or the API's problem, never a server error.
 */
final class WorkbookRefusal extends Refusal {

  WorkbookRefusal(String message) {
    super(Kind.CONFLICT, "workbook-cell-text", message);
  }
}
