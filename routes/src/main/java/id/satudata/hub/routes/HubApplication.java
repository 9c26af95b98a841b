package id.satudata.hub.routes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Satu Data Hub: pipelines into one authoritative copy per dataset, republished to every agency. */
@SpringBootApplication(scanBasePackages = {"id.satudata.hub.routes", "id.satudata.hub.catalog.store"})
@ConfigurationPropertiesScan
public class HubApplication {

    public static void main(String[] args) {
        SpringApplication.run(HubApplication.class, args);
    }
}
