package org.linkagemapper;

import org.linkagemapper.system.EmbeddedNeo4jEarlyStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Linkage Mapper: who links to whom during a cyber incident. Runs the REST service, or one command
 * ({@code seed}, ...) against the same database and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LinkageMapperApplication {

  public static void main(String[] args) {
    if (args.length > 0 && Commands.isCommand(args[0])) {
      System.exit(Commands.run(args));
    }
    SpringApplication application = new SpringApplication(LinkageMapperApplication.class);
    application.addListeners(new EmbeddedNeo4jEarlyStart());
    application.run(args);
  }
}
