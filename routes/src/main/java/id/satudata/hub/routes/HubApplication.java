package id.satudata.hub.routes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Satu Data Hub: pipelines into one authoritative copy per dataset, republished to every agency. */
@SpringBootApplication(
        scanBasePackages = {"id.satudata.hub.routes", "id.satudata.hub.catalog.store", "id.satudata.hub.catalog.dataset"
        })
@ConfigurationPropertiesScan
public class HubApplication {

    public static void main(String[] args) {
        // jOOQ prints a banner and a tip at start-up unless told not to; the hub's log is for its operators
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(HubApplication.class, args);
    }
}
