package bcf.platform.security;

import bcf.users.ApiTokens;
import bcf.users.UserAccounts;
import bcf.users.UserRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless with HTTP Basic or a personal API token
 * ({@link BearerTokens}), so it needs no CSRF token: no cookie ever authenticates it; a browser's
 * saved Basic password is kept from cross-site forms by the API taking only JSON and CSV bodies
 * ({@code bcf.platform.web.RequestChecks}). The web pages sign in with a form, keep the session in
 * PostgreSQL (Spring Session JDBC) and require a CSRF token, from the form's body or a header, on
 * every form post. Both send the same security headers ({@link #CONTENT_SECURITY_POLICY}; no
 * referrer; no sniffing; no framing). Authorisation of plans is decided by the services
 * (bcf.access.PlanAccess), which every page and endpoint calls.
 */
@Configuration
public class SecurityConfig {

  /**
   * Only the service's own files: no inline script or style (the GOV.UK Frontend start-up is in
   * {@code /js-enabled.js} and {@code /bcf.js}; the charts are drawn with SVG attributes, not
   * style), no plugins, no other site's frames around the pages, forms posted only to bcf.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self';"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  /** The headers every answer carries, pages and API alike. */
  private static void headers(HttpSecurity http) throws Exception {
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(
                    referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .frameOptions(frames -> frames.deny())
                .contentTypeOptions(Customizer.withDefaults()));
  }

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
  SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication, ApiTokens tokens)
      throws Exception {
    http.securityMatcher("/api/**")
        .authenticationManager(authentication)
        .addFilterBefore(new BearerTokens(tokens), BasicAuthenticationFilter.class)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, e) ->
                        Unauthorized.write(
                            response, "Basic realm=\"bcf\"", "sign-in-failed", e.getMessage())))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    headers(http);
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
                    .successHandler(new SignInSuccess())
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/plans"))
        .csrf(csrf -> csrf.csrfTokenRequestHandler(new BodyOnlyCsrfTokens()))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    headers(http);
    return http.build();
  }
}
