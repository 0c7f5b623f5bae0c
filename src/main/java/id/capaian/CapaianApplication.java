package id.capaian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Capaian: performance management for Indonesia's civil servants. */
@SpringBootApplication
@EnableScheduling
public class CapaianApplication {

    public static void main(String[] args) {
        SpringApplication.run(CapaianApplication.class, args);
    }
}
