package org.linkagemapper.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title, version and description of the OpenAPI document, instead of springdoc's "OpenAPI
 * definition v0".
 */
@Configuration(proxyBeanMethods = false)
class OpenApiInfo {

  @Bean
  OpenAPI linkageMapperOpenApi(ObjectProvider<BuildProperties> build) {
    BuildProperties properties = build.getIfAvailable();
    String version =
        properties == null
            ? getClass().getPackage().getImplementationVersion()
            : properties.getVersion();
    return new OpenAPI()
        .info(
            new Info()
                .title("Linkage Mapper API")
                .version(version == null ? "development" : version)
                .description(
                    """
            How ASEAN cybersecurity and HADR mechanisms link to each other: search and read actors with \
            every fact cited, paths and neighbourhoods, the incident linkage view, overlap/gap/hub/what-if \
            analysis, diagrams in six formats, and authenticated curation. Errors are RFC 9457 problem details.""")
                .license(new License().name("See the project's README")));
  }
}
