package id.satudata.hub.catalog.registry;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The catalog alone, with the registry and its API from their auto-configurations as the hub gets them. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RegistryTestApplication {

    @Bean
    SteeredHook steeredHook() {
        return new SteeredHook();
    }
}
