package bcf.platform.security;

import bcf.users.UserAccounts;
import bcf.users.UserRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless with HTTP Basic, so it needs no CSRF
 * token: no cookie ever authenticates it. The web pages sign in with a form, keep the session in
 * PostgreSQL (Spring Session JDBC) and require a CSRF token on every form post. Authorisation of
 * plans is decided by the services (bcf.access.PlanAccess), which every page and endpoint calls.
 */
@Configuration
public class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    return UserAccounts.passwordEncoder();
  }

  @Bean
  UserAccounts userAccounts(UserRepository users, PasswordEncoder encoder) {
    return new UserAccounts(users, encoder);
  }

  @Bean
  UserDetailsService userDetailsService(UserRepository users) {
    return username ->
        users
            .find(username)
            .map(SignedInUser::new)
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }

  @Bean
  AuthenticationManager authenticationManager(
      UserDetailsService details, PasswordEncoder encoder, Clock clock) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(details);
    dao.setPasswordEncoder(encoder);
    return new ProviderManager(new LoginThrottle(dao, new SignInThrottle(clock)));
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication)
      throws Exception {
    http.securityMatcher("/api/**")
        .authenticationManager(authentication)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, e) -> {
                      response.setStatus(401);
                      response.setHeader("WWW-Authenticate", "Basic realm=\"bcf\"");
                      response.setContentType("application/problem+json");
                      response
                          .getOutputStream()
                          .write(
                              ("{\"type\":\"about:blank\",\"title\":\"Unauthorized\","
                                      + "\"status\":401,\"rule\":\"sign-in-failed\",\"detail\":"
                                      + quote(e.getMessage())
                                      + "}")
                                  .getBytes(StandardCharsets.UTF_8));
                    }))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http, AuthenticationManager authentication)
      throws Exception {
    http.authenticationManager(authentication)
        .formLogin(
            form ->
                form.loginPage("/login")
                    .failureHandler(new LoginFailureHandler())
                    .defaultSuccessUrl("/plans", false)
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/plans"))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    return http.build();
  }

  private static String quote(String text) {
    String safe = text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"");
    return "\"" + safe + "\"";
  }
}
