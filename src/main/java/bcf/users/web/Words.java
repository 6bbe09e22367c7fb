package bcf.users.web;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.reference.HwbDirectory;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Roles, scopes and times in words for the pages: names, never codes. */
final class Words {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(LONDON);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(LONDON);

  private Words() {}

  static String role(Role role) {
    return switch (role) {
      case EDITOR -> "Editor";
      case SIGNATORY -> "Signatory";
      case ASSURER -> "Assurer";
      case ADMIN -> "Administrator";
    };
  }

  static String roles(Collection<Role> roles) {
    List<String> words = roles.stream().sorted().map(Words::role).toList();
    return words.isEmpty() ? "None" : String.join(", ", words);
  }

  static String scope(Scope scope, HwbDirectory directory) {
    return switch (scope.kind()) {
      case NATIONAL -> "All of England";
      case REGION -> scope.value() + " (NHS England region)";
      case HWB ->
          directory
              .hwb(scope.value())
              .map(HwbDirectory.HwbEntry::name)
              .orElse("an HWB no longer known");
    };
  }

  static List<String> scopes(Collection<Scope> scopes, HwbDirectory directory) {
    return scopes.stream()
        .sorted(Comparator.comparing(Scope::kind).thenComparing(Scope::value))
        .map(s -> scope(s, directory))
        .toList();
  }

  static String day(Instant instant) {
    return instant == null ? "Never" : DAY.format(instant);
  }

  static String when(Instant instant) {
    return instant == null ? "Never" : WHEN.format(instant);
  }
}
