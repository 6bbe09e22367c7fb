package bcf.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.json.Json;
import bcf.planning.PlanPart;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SchemePagesTest {

  @Test
  void a_finding_on_a_scheme_links_to_that_schemes_page() {
    assertThat(SchemePages.editPath(PlanPart.SCHEMES, "/schemes/2/source"))
        .isEqualTo("/edit/schemes/3");
    assertThat(SchemePages.editPath(PlanPart.SCHEMES, "/schemes/0")).isEqualTo("/edit/schemes/1");
    assertThat(SchemePages.editPath(PlanPart.SCHEMES, "/schemes")).isEqualTo("/edit/schemes");
    assertThat(SchemePages.editPath(PlanPart.RISKS, "/risks/2/rating")).isEqualTo("/edit/risks");
  }

  @Test
  void a_schemes_total_spend_adds_each_years_split_or_its_total() {
    assertThat(
            SchemePages.total(
                Json.read(
                    """
                    {"2017-18": {"recurrent": 100, "nonRecurrent": 20},
                     "2018-19": {"total": 300}, "2019-20": null}
                    """)))
        .isEqualByComparingTo(new BigDecimal("420"));
  }
}
