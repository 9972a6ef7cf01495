package org.clearinghouse.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the service where it listens and, on a local run, how to sign in.
 */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Accounts accounts;

	StartupBanner(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		int port = event.getApplicationContext() instanceof WebServerApplicationContext web
				? web.getWebServer().getPort() : -1;
		StringBuilder banner = new StringBuilder("\n\n  Clearinghouse is ready on http://localhost:" + port + "/\n");
		if (accounts.demo()) {
			banner.append("  Demo accounts, all with the password '" + Accounts.DEMO_PASSWORD + "':\n")
				.append("    secretariat, committee, and " + Accounts.DONOR_PREFIX
						+ "<provider code in lower case> for every provider that has an offer (donor-deu, donor-iaea, ...)\n");
		}
		log.info(banner.toString());
	}

}
