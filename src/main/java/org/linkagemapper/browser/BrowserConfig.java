package org.linkagemapper.browser;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.linkagemapper.system.LinkageProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Neo4j Browser (the static files of {@code org.neo4j.client:neo4j-browser}) at {@code
 * /browser/}, and answers the discovery request the Browser sends to the host root (JSON), so it
 * offers the right Bolt address without any install; a web browser asking the root for HTML gets
 * the Explorer page ({@code static/explorer/}).
 */
@Configuration(proxyBeanMethods = false)
class BrowserConfig implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    // Asset URLs in index.html are relative, so the trailing slash matters.
    registry.addRedirectViewController("/browser", "/browser/");
    registry.addViewController("/browser/").setViewName("forward:/browser/index.html");
  }

  @RestController
  static class Discovery {

    private final LinkageProperties properties;

    Discovery(LinkageProperties properties) {
      this.properties = properties;
    }

    /** What Neo4j Browser asks the host root for: where Bolt listens. */
    @GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> discovery(HttpServletRequest request) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("bolt_direct", boltAddressFor(request));
      answer.put("neo4j_version", org.neo4j.kernel.internal.Version.getNeo4jVersion());
      answer.put("neo4j_edition", "community");
      answer.put("browser", "/browser/");
      answer.put("api", "/api");
      answer.put("openapi", "/v3/api-docs");
      return answer;
    }

    /**
     * People opening the root in a web browser get the Explorer page (which links to Neo4j
     * Browser).
     */
    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView home() {
      return new ModelAndView("forward:/explorer/index.html");
    }

    private String boltAddressFor(HttpServletRequest request) {
      String configured = properties.browser() == null ? null : properties.browser().boltUrl();
      if (configured != null && !configured.isBlank()) {
        return configured;
      }
      if (properties.neo4j().external()) {
        return properties.neo4j().uri();
      }
      // The Browser runs on the user's machine: Bolt is on the host they reached us by.
      String host = request.getServerName();
      return "bolt://%s:%d".formatted(host, properties.embedded().boltPort());
    }
  }
}
