package bcf.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NavigationTest {

  private final Navigation navigation = new Navigation();

  @Test
  void aPageWithoutErrorsIsTitledWithTheServiceAfterIt() {
    assertThat(navigation.title("Plans", null)).isEqualTo("Plans – bcf");
    assertThat(navigation.title("Plans", Map.of())).isEqualTo("Plans – bcf");
  }

  @Test
  void aPageShowingErrorsSaysSoFirst() {
    assertThat(navigation.title("Schemes", Map.of("name", "Enter a name")))
        .isEqualTo("Error: Schemes – bcf");
  }

  @Test
  void aTitleThatAlreadySaysErrorIsNotSaidTwice() {
    assertThat(navigation.title("Error: Schemes", Map.of("name", "Enter a name")))
        .isEqualTo("Error: Schemes – bcf");
  }

  @Test
  void onlyAMapOfFieldErrorsCounts() {
    assertThat(navigation.title("Schemes", List.of("an error"))).isEqualTo("Schemes – bcf");
  }
}
