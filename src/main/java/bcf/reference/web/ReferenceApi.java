package bcf.reference.web;

import bcf.reference.HwbDirectory;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** England's HWBs and ICBs: public reference data, for anyone. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferenceApi {

  /**
   * An HWB: its ONS code, the id plans and scopes use for it (the code, or a seed plan's short id),
   * its name, NHS England region and ONS region.
   */
  record HwbItem(String code, String id, String name, String region, String onsRegion) {}

  /** An integrated care board: its ODS code, name and NHS England region. */
  record IcbItem(String code, String name, String region) {}

  private final HwbDirectory directory;

  ReferenceApi(HwbDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/hwbs")
  List<HwbItem> hwbs() {
    return directory.hwbs().stream()
        .map(h -> new HwbItem(h.code(), h.id(), h.name(), h.region(), h.onsRegion()))
        .toList();
  }

  @GetMapping("/icbs")
  List<IcbItem> icbs() {
    return directory.icbs().stream().map(i -> new IcbItem(i.code(), i.name(), i.region())).toList();
  }
}
