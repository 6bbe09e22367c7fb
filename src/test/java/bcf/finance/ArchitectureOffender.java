package bcf.finance;

import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test fixture only: a class in a core package that breaks the architecture rules (a JSON library
 * and the clock), so that the real rules are seen to catch it. Production code never sees it.
 */
public final class ArchitectureOffender {

  public String check() {
    return JsonMapper.builder().build().writeValueAsString(LocalDate.now().toString());
  }
}
