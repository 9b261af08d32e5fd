package org.linkagemapper.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title, version and description of {@code /v3/api-docs}, which springdoc would otherwise call "OpenAPI definition v0".
 * The version is the jar's (Boot reads it from the manifest); "development" when run from classes. */
@Configuration(proxyBeanMethods = false)
class OpenApiInfo {

  static final String TITLE = "Linkage Mapper API";

  @Bean
  OpenAPI linkageMapperOpenApi(@Value("${spring.application.version:development}") String version) {
    return new OpenAPI().info(new Info()
        .title(TITLE)
        .version(version)
        .description("""
            Who links to whom during a cyber incident: a Neo4j graph of regional cooperation \
            mechanisms, their partners, pillars, focus areas and response roles, each link with its \
            years and its source. Read the catalog, find paths and neighbourhoods, analyse hubs, gaps \
            and what-if removals, draw diagrams, and (as an editor, with HTTP Basic) curate the graph. \
            Errors are RFC 9457 problem details."""));
  }
}
