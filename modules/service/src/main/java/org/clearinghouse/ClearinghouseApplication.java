package org.clearinghouse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The clearing-house service: requests, offers, matching and the Committee's reports. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClearinghouseApplication {

	public static void main(String[] args) {
		// The service does not report usage to Axon's vendor; its machines have no way
		// out anyway.
		System.setProperty("axoniq.update-checker.disabled",
				System.getProperty("axoniq.update-checker.disabled", "true"));
		SpringApplication.run(ClearinghouseApplication.class, args);
	}

}
