package bcf.workbook.web;

import bcf.access.Actor;
import bcf.document.EditConflict;
import bcf.kernel.Refusal;
import bcf.returns.ReturnPart;
import bcf.returns.store.ReturnService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page to upload a filled quarterly-return workbook as the return's next version (linked from
 * the return's page for its editors), and the result: "Saved as version N" and what changed in
 * words, or the problems by sheet and cell.
 */
@Controller
class ReturnWorkbookUploadPages {

  private final ReturnWorkbookUploads uploads;

  ReturnWorkbookUploadPages(ReturnWorkbookUploads uploads) {
    this.uploads = uploads;
  }

  @GetMapping("/returns/{id}/workbook/upload")
  String uploadPage(Actor actor, @PathVariable String id, Model model) {
    model.addAttribute("view", uploads.editable(actor, id));
    model.addAttribute("errors", Map.of());
    return "workbooks/return-upload";
  }

  @PostMapping("/returns/{id}/workbook/upload")
  String upload(
      Actor actor,
      @PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model) {
    model.addAttribute("view", uploads.editable(actor, id));
    if (file == null || file.isEmpty()) {
      return refused(model, "Choose the filled workbook (.xlsx) to upload.");
    }
    String name = WorkbookUploads.nameOf(file.getOriginalFilename());
    ReturnWorkbookUploads.Saved saved;
    try {
      saved = uploads.intoReturn(actor, id, bytes(file), name, null);
    } catch (WorkbookProblems.Refused e) {
      model.addAttribute("problems", WorkbookProblems.rows(e.problems()));
      return refused(model, e.getMessage());
    } catch (EditConflict e) {
      return refused(model, e.getMessage());
    } catch (Refusal e) {
      if (!ReturnWorkbookUploads.shownOnForm(e)) {
        throw e;
      }
      return refused(model, e.getMessage());
    }
    ReturnService.ImportedVersion version = saved.version();
    model.addAttribute("view", version.view());
    model.addAttribute("file", name);
    model.addAttribute("saved", version.version());
    model.addAttribute("unchanged", version.changes() == 0);
    model.addAttribute("base", version.baseVersion());
    model.addAttribute("count", version.changes());
    model.addAttribute("parts", version.parts().stream().map(ReturnPart::label).toList());
    model.addAttribute("notSaved", version.notSaved());
    model.addAttribute("findings", WorkbookProblems.rows(saved.findings()));
    return "workbooks/return-uploaded";
  }

  private static String refused(Model model, String message) {
    model.addAttribute("errors", Map.of("file", message));
    return "workbooks/return-upload";
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
