package org.linkagemapper.system;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may do what over HTTP. Reads are open unless {@code LINKAGE_READS=authenticated}; every other
 * method needs an editor (HTTP Basic, users and password hashes from {@code LINKAGE_EDITORS}). The
 * API is stateless, so there is no session and no CSRF token; CORS is closed unless origins are
 * configured; refusals are problem+json like every other error.
 */
// Only with a web server: the command-line tools (seed, diagram) start without one.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class WebSecurityConfig {

  private static final Logger log = LoggerFactory.getLogger(WebSecurityConfig.class);

  /** JSON answers need nothing from a page, so they may load nothing and be framed by nobody. */
  static final String API_CSP =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /**
   * The Explorer page ({@code /} and {@code /explorer/**}) runs only its own files and talks only
   * to its own origin: no inline script or style, no CDN, no fonts, no frames.
   */
  static final String EXPLORER_CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  static final String REALM = "Linkage Mapper";

  @Bean
  ConfiguredUsers configuredUsers(AccessProperties access) {
    return ConfiguredUsers.parse(access.editors(), access.readers());
  }

  /** Declared so Boot never creates its default user with a generated password. */
  @Bean
  UserDetailsService userDetailsService(ConfiguredUsers users) {
    return new InMemoryUserDetailsManager(users.users());
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http, AccessProperties access, ConfiguredUsers users)
      throws Exception {
    RequestMatcher api = matcher("/api/**");
    RequestMatcher jsonAnswers =
        new OrRequestMatcher(api, matcher("/actuator/**"), matcher("/v3/api-docs/**"));
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .securityContext(Customizer.withDefaults())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(entryPoint(users)))
        .exceptionHandling(
            e -> e.authenticationEntryPoint(entryPoint(users)).accessDeniedHandler(accessDenied()))
        .cors(
            access.corsOriginList().isEmpty() ? cors -> cors.disable() : Customizer.withDefaults())
        .headers(
            headers ->
                headers
                    // Spring Security's defaults stay: X-Content-Type-Options, X-Frame-Options
                    // DENY,
                    // X-XSS-Protection 0 and HSTS on HTTPS. Cache-Control and CSP go on the API
                    // only, because
                    // Neo4j Browser (a single-page app that opens WebSockets to any Bolt host a
                    // user types and
                    // loads remote guides) and Swagger UI need their static files cached and their
                    // scripts run.
                    .cacheControl(c -> c.disable())
                    .addHeaderWriter(only(api, new CacheControlHeadersWriter()))
                    .addHeaderWriter(
                        only(
                            jsonAnswers,
                            new StaticHeadersWriter("Content-Security-Policy", API_CSP)))
                    .addHeaderWriter(
                        only(
                            new OrRequestMatcher(matcher("/"), matcher("/explorer/**")),
                            new StaticHeadersWriter("Content-Security-Policy", EXPLORER_CSP)))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .authorizeHttpRequests(
            auth -> {
              auth.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll();
              auth.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
              if (access.reads() == AccessProperties.Reads.AUTHENTICATED) {
                auth.requestMatchers(HttpMethod.GET, "/api/**").hasRole(ConfiguredUsers.READER);
                auth.requestMatchers(HttpMethod.HEAD, "/api/**").hasRole(ConfiguredUsers.READER);
              }
              auth.requestMatchers(HttpMethod.GET, "/**").permitAll();
              auth.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
              // POST, PUT, PATCH, DELETE anywhere: editors only.
              auth.anyRequest().hasRole(ConfiguredUsers.EDITOR);
            });
    return http.build();
  }

  private static RequestMatcher matcher(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static HeaderWriter only(RequestMatcher matcher, HeaderWriter writer) {
    return new DelegatingRequestMatcherHeaderWriter(matcher, writer);
  }

  /** Only when {@code LINKAGE_CORS_ORIGINS} names origins: they may call the API from a page. */
  @Bean
  CorsConfigurationSource corsConfigurationSource(AccessProperties access) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    List<String> origins = access.corsOriginList();
    if (!origins.isEmpty()) {
      CorsConfiguration cors = new CorsConfiguration();
      cors.setAllowedOrigins(origins);
      cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
      cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "If-None-Match"));
      cors.setExposedHeaders(List.of("ETag", "Location"));
      cors.setMaxAge(600L);
      source.registerCorsConfiguration("/api/**", cors);
    }
    return source;
  }

  @Bean
  FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(AccessProperties access) {
    FilterRegistrationBean<BodyLimitFilter> registration =
        new FilterRegistrationBean<>(new BodyLimitFilter(access.maxBody().toBytes()));
    // Before the security filters: nothing reads an oversized body, logged in or not.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * Requests the firewall refuses (encoded line breaks, ../ in a path) are answered as problems
   * too.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, e) ->
        Problems.write(
            response,
            request.getRequestURI(),
            Problems.of(
                HttpStatus.BAD_REQUEST,
                "Bad request",
                "The request was refused: " + e.getMessage()));
  }

  /** Tomcat answers what it refuses itself (bad request lines, encoded slashes) as problems too. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
              }
            });
  }

  private static AuthenticationEntryPoint entryPoint(ConfiguredUsers users) {
    String detail =
        users.hasEditors()
            ? "This needs an editor's user name and password (HTTP Basic), or a reader's when reads are restricted"
            : "Editing is switched off: no editors are configured. Set LINKAGE_EDITORS to name:{bcrypt}hash pairs (see the README)";
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
      Problems.write(
          response,
          request.getRequestURI(),
          Problems.of(HttpStatus.UNAUTHORIZED, "Authentication required", detail));
    };
  }

  private static AccessDeniedHandler accessDenied() {
    return (request, response, e) -> {
      String user =
          request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
      Problems.write(
          response,
          request.getRequestURI(),
          Problems.of(
              HttpStatus.FORBIDDEN,
              "Forbidden",
              "User '%s' may not %s %s: that needs the editor role"
                  .formatted(user, request.getMethod(), request.getRequestURI())));
    };
  }

  @EventListener
  void report(ApplicationReadyEvent event) {
    ConfiguredUsers users = event.getApplicationContext().getBean(ConfiguredUsers.class);
    AccessProperties access = event.getApplicationContext().getBean(AccessProperties.class);
    if (users.hasEditors()) {
      log.info(
          "Editing over REST is on for {} editor(s): {}; reads are {}",
          users.editorNames().size(),
          users.editorNames(),
          access.reads().name().toLowerCase());
    } else {
      log.info(
          "Editing over REST is off: no editors configured, every write is refused. To allow one, set "
              + "LINKAGE_EDITORS='name:{bcrypt}hash' (make the hash with: java -jar target/linkage-mapper.jar hash-password)");
    }
  }
}
