package bcf.golden;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.register.json.RegisterJson;
import bcf.register.model.Entry;
import bcf.register.model.EntryStatus;
import bcf.register.model.EntryType;
import bcf.register.model.ExceptionReport;
import bcf.register.model.HeatMap;
import bcf.register.model.Level;
import bcf.register.model.Rating;
import bcf.register.model.Register;
import bcf.register.model.RegisterRules;
import bcf.register.model.RegisterStarter;
import bcf.register.model.Review;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Warwickshire 2017-19's risks as its register (seed 001): the four "top five" system-wide risks
 * the plan lists, all at programme level, the three levels of risk management with portfolio
 * reporting every 6 weeks and escalation to the HWB Executive team; and the 2014-16 plan's scores
 * carried into a register started from it.
 */
class WarwickshireRegisterGoldenTest {

  static Register seed() throws IOException {
    return RegisterJson.read(
        Files.readString(Path.of("examples", "registers", "warwickshire-2017-19.json")));
  }

  @Test
  void the_seed_register_has_the_four_risks_the_plan_lists_for_its_top_five() throws IOException {
    Register register = seed();
    assertThat(register.plan()).isEqualTo("warwickshire-2017-19");
    assertThat(register.entries()).hasSize(4);
    assertThat(register.entries())
        .allSatisfy(
            e -> {
              assertThat(e.type()).isEqualTo(EntryType.RISK);
              assertThat(e.level()).isEqualTo(Level.PROGRAMME);
              assertThat(e.status()).isEqualTo(EntryStatus.OPEN);
              assertThat(e.owner()).isNull();
              assertThat(e.raised()).isNull();
              assertThat(e.review()).isNull();
              assertThat(e.target()).isNull();
            });
    assertThat(register.entries().get(0).description())
        .startsWith("Poor and inconsistent data quality.");
    assertThat(register.entries().get(3).description())
        .startsWith("Data Sharing/Information Governance remains a real challenge");
    assertThat(register.entries().stream().map(e -> e.mitigations().size()))
        .containsExactly(0, 1, 1, 1);
    assertThat(register.entries().get(1).mitigations().get(0).action())
        .isEqualTo(
            "iBCF money has been allocated to set up a Rapid Response Team to provide cover.");
    assertThat(register.entries().get(3).mitigations().get(0).action())
        .isEqualTo("Clarity and support at a national level are urgently required.");
    assertThat(register.entries().get(1).mitigations().get(0).done())
        .as("the plan does not say whether it is done")
        .isNull();
  }

  @Test
  void the_seed_gives_no_ratings_and_says_so() throws IOException {
    Register register = seed();
    assertThat(register.reviews()).isEmpty();
    assertThat(register.source().partial())
        .contains("top five system wide risks but lists four")
        .contains("Appendix B")
        .contains("no likelihood, impact or other rating");
    HeatMap map = HeatMap.of(register);
    assertThat(map.onGrid()).isZero();
    assertThat(map.unrated()).isEqualTo(4);
    assertThat(ExceptionReport.of(register, LocalDate.of(2017, 9, 6)).count()).isZero();
    assertThat(RegisterRules.check(register)).isEmpty();
  }

  @Test
  void the_three_levels_and_their_escalation_routes() throws IOException {
    Register register = seed();
    assertThat(register.arrangements())
        .extracting(a -> a.level())
        .containsExactly(Level.PROJECT, Level.PORTFOLIO, Level.PROGRAMME);
    assertThat(register.arrangements().get(0).escalatesTo())
        .isEqualTo("the Portfolio Lead or the Programme Manager");
    assertThat(register.arrangements().get(1).everyWeeks()).isEqualTo(6);
    assertThat(register.arrangements().get(2).escalatesTo()).isEqualTo("the HWB Executive team");
  }

  @Test
  void the_seed_register_is_the_plans_risks_as_the_plan_states_them() throws IOException {
    Register register = seed();
    List<String> planRisks =
        Examples.plan("warwickshire-2017-19").risks().stream().map(r -> r.description()).toList();
    assertThat(register.entries().stream().map(Entry::description).toList()).isEqualTo(planRisks);
  }

  @Test
  void the_seed_file_is_written_as_bcf_writes_it_except_for_the_default_scale() throws IOException {
    Register register = seed();
    assertThat(RegisterJson.read(RegisterJson.write(register))).isEqualTo(register);
  }

  @Test
  void a_register_started_from_warwickshire_2014_16_keeps_each_score_as_its_first_rating() {
    Register register =
        RegisterStarter.from(
            Examples.plan("warwickshire-2014-16"), "warwickshire-2014-16-register");
    assertThat(register.entries()).hasSize(8);
    assertThat(register.entries().stream().map(e -> register.current(e.id()).orElseThrow().score()))
        .containsExactly(16, 12, 12, 16, 16, 16, 9, 12);
    assertThat(register.reviews())
        .allSatisfy(
            r -> {
              assertThat(r.date()).isEqualTo(LocalDate.of(2014, 2, 11));
              assertThat(r.note()).isEqualTo("As rated in the plan");
            });
    assertThat(register.entries().get(0).description())
        .isEqualTo(
            "Inability to meet financial challenges across the health and social care economy");
    assertThat(RegisterRules.check(register)).isEmpty();
    // Scores 15 and above are Very high on the default scale; 10 to 14 High: all but the 9.
    ExceptionReport report = ExceptionReport.of(register, LocalDate.of(2014, 4, 1));
    assertThat(report.aboveThreshold()).hasSize(7);
    HeatMap map = HeatMap.of(register);
    assertThat(map.notOnGrid()).isEqualTo(8);
  }

  @Test
  void a_register_started_from_central_lancashire_keeps_its_categories() {
    Register register =
        RegisterStarter.from(Examples.plan("central-lancashire-2014-16"), "cl-register");
    assertThat(register.reviews().stream().map(Review::rating).map(Rating::category))
        .containsExactly("Medium", "Medium", "Medium", "High", "High");
    assertThat(RegisterRules.check(register)).isEmpty();
  }
}
