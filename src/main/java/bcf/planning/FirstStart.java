package bcf.planning;

import bcf.access.Actor;
import bcf.access.Role;
import bcf.platform.PrivateFiles;
import bcf.platform.Settings;
import bcf.users.UserAccounts;
import bcf.users.UserRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * What happens once per installation: an admin account with a random password, written to a file in
 * the data directory that only the server's account can read (never to the console and so the
 * service log; there are no default passwords), and the five seed plans loaded as published demo
 * data unless {@code --no-demo}.
 */
@Component
public class FirstStart implements ApplicationRunner {

  /** The seed plans packaged under {@code demo/plans}. */
  static final List<String> DEMO_PLANS =
      List.of(
          "warwickshire-2014-16",
          "warwickshire-2017-19",
          "coventry-2014-16",
          "dorset-2015-16",
          "central-lancashire-2014-16");

  private final UserRepository users;
  private final UserAccounts accounts;
  private final Settings settings;
  private final PlanService service;
  private final boolean demo;
  private final Path dataDirectory;

  /** Where, in the data directory, the first admin password is written (never to the console). */
  public static final String ADMIN_PASSWORD_FILE = "admin-password";

  private final PrintStream console = System.out;

  public FirstStart(
      UserRepository users,
      UserAccounts accounts,
      Settings settings,
      PlanService service,
      @Value("${bcf.demo:true}") boolean demo,
      @Value("${bcf.data-dir}") Path dataDirectory) {
    this.dataDirectory = dataDirectory;
    this.users = users;
    this.accounts = accounts;
    this.settings = settings;
    this.service = service;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.count() == 0) {
      String password = UserAccounts.randomPassword();
      Path file = dataDirectory.resolve(ADMIN_PASSWORD_FILE);
      try {
        PrivateFiles.directory(dataDirectory);
        PrivateFiles.write(file, password);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the admin account's password to " + file, e);
      }
      accounts.add("admin", "Administrator", password, Set.of(Role.ADMIN), Set.of());
      console.println("bcf: created the account 'admin'. Its password is in " + file);
      console.println(
          "     (readable only by this account; delete the file once it is kept safe).");
      console.println("     Add users with ./bcf user add.");
    }
    if (demo && settings.get("demo-loaded").isEmpty()) {
      for (String id : DEMO_PLANS) {
        if (!service.exists(id)) {
          service.create(Actor.SYSTEM, demoPlan(id), "Loaded from the published plan");
        }
      }
      settings.put("demo-loaded", "true");
    }
  }

  private static byte[] demoPlan(String id) {
    try (InputStream in = FirstStart.class.getResourceAsStream("/demo/plans/" + id + ".json")) {
      if (in == null) {
        throw new IllegalStateException("demo plan " + id + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
