package org.metrolex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Metrolex: the information platform of a provincial legal metrology authority. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MetrolexApplication {

    public static void main(String[] args) {
        SpringApplication.run(MetrolexApplication.class, args);
    }
}
