package bcf.progress.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.FinancialYear;
import bcf.progress.json.ProgressDocumentException;
import bcf.progress.json.ProgressJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commitments and milestones get ids from bcf: the same ids each time a document without them is
 * read, kept through every edit, never the id of another row, and refused when a document repeats
 * one.
 */
class ProgressIdsTest {

  private static Commitment commitment(String name, String... milestones) {
    return new Commitment(
        name,
        null,
        null,
        null,
        "aim",
        null,
        java.util.Arrays.stream(milestones).map(m -> new Milestone(m, null, null)).toList(),
        List.of());
  }

  private static ProgressLog log(Theme... themes) {
    return new ProgressLog("p-progress", "p", "Progress", null, null, List.of(themes), List.of());
  }

  @Test
  void aLogWithoutIdsGetsTheSameIdsEachTimeItIsRead() {
    ProgressLog log =
        log(
            new Theme("Care", List.of(commitment("HomeFirst", "Hubs live", "Hubs live"))),
            new Theme("Homes", List.of(commitment("HomeFirst"))));
    ProgressLog once = ProgressIds.assign(log);
    ProgressLog twice = ProgressIds.assign(log);
    assertThat(once).isEqualTo(twice);
    List<String> ids =
        once.commitments()
            .flatMap(
                c ->
                    java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(c.id()),
                        c.milestones().stream().map(Milestone::id)))
            .toList();
    // Same name under two themes, same words in two milestones: still four different ids.
    assertThat(ids).hasSize(4).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(ids).allMatch(id -> id.matches("[a-z0-9-]{1,40}"));
  }

  @Test
  void idsStayWithTheirRowsThroughChangesMovesAndRemovals() {
    ProgressLog log =
        ProgressIds.assign(
            log(
                new Theme(
                    "Care", List.of(commitment("HomeFirst", "Hubs live"), commitment("D2A")))));
    Commitment homeFirst = log.themes().get(0).commitments().get(0);
    String d2a = log.themes().get(0).commitments().get(1).id();
    String hubs = homeFirst.milestones().get(0).id();

    ProgressLog changed =
        ProgressEdits.changeCommitment(
            log,
            "Care",
            "HomeFirst",
            "Homes",
            new Commitment("Home First", null, null, null, "new aim", null, List.of(), List.of()));
    changed =
        ProgressEdits.changeMilestone(
            changed, "Homes", "Home First", 0, new Milestone("All hubs live", null, null));
    changed =
        ProgressEdits.recordStatus(
            changed,
            "Homes",
            "Home First",
            new QuarterStatus(Quarter.parse("2017-18 Q1"), Rag.RED, "late", null));
    changed = ProgressIds.assign(changed);

    ProgressEdits.Located moved = ProgressEdits.locate(changed, homeFirst.id());
    assertThat(moved.theme()).isEqualTo("Homes");
    assertThat(moved.commitment().name()).isEqualTo("Home First");
    assertThat(ProgressEdits.milestoneIndex(moved.commitment(), hubs)).isZero();
    assertThat(ProgressEdits.locate(changed, d2a).commitment().name()).isEqualTo("D2A");

    ProgressLog removed = ProgressEdits.removeCommitment(changed, "Care", "D2A");
    assertThatThrownBy(() -> ProgressEdits.locate(removed, d2a))
        .isInstanceOf(ProgressEdits.CommitmentGone.class)
        .hasMessage("That commitment has been removed since you opened the page");
    // A new commitment under the removed one's words does not take an id in use.
    ProgressLog again =
        ProgressIds.assign(ProgressEdits.addCommitment(removed, "Care", commitment("Home First")));
    assertThat(again.commitments().map(Commitment::id).toList()).doesNotHaveDuplicates();
  }

  @Test
  void aDocumentWithoutIdsLoadsWithThemAndWritesThemBack() {
    String json =
        """
        {"documentVersion": 1, "id": "x", "plan": "p", "title": "Progress",
         "themes": [{"name": "Care", "commitments": [
           {"name": "HomeFirst", "milestones": [{"what": "Hubs live", "due": "2017-09"}]}]}],
         "performance": []}
        """;
    ProgressLog read = ProgressJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Commitment c = read.themes().get(0).commitments().get(0);
    assertThat(c.id()).isNotNull();
    assertThat(c.milestones().get(0).id()).isNotNull();
    ProgressLog back =
        ProgressJson.read(
            ProgressJson.write(read).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(back).isEqualTo(read);
    assertThat(ProgressJson.write(read)).contains("\"id\": \"" + c.id() + "\"");
    assertThat(FinancialYear.parse("2017-18")).isNotNull();
  }

  @Test
  void aDocumentThatRepeatsAnIdOrGivesOneThatIsNotBcfsIsRefusedSayingWhere() {
    String twice =
        """
        {"documentVersion": 1, "id": "x", "plan": "p", "title": "Progress",
         "themes": [{"name": "Care", "commitments": [
           {"id": "c1", "name": "HomeFirst"}, {"id": "c1", "name": "D2A"}]}],
         "performance": []}
        """;
    assertThatThrownBy(
            () -> ProgressJson.read(twice.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(ProgressDocumentException.class)
        .hasMessageContaining("/themes/0/commitments/1/id");
    String odd =
        twice.replace(
            "{\"id\": \"c1\", \"name\": \"D2A\"}", "{\"id\": \"../x\", \"name\": \"D2A\"}");
    assertThatThrownBy(
            () -> ProgressJson.read(odd.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(ProgressDocumentException.class)
        .hasMessageContaining("/themes/0/commitments/1/id");
  }
}
