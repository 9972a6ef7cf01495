package org.clearinghouse.offer.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.system.BatchedWrites;
import org.clearinghouse.system.ProviderDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which providers have offered assistance, from offer events. */
@Component
@ProcessingGroup(ProviderDirectoryProjection.PROCESSING_GROUP)
class ProviderDirectoryProjection implements ProviderDirectory {

	static final String PROCESSING_GROUP = "provider-directory";

	private final JdbcClient db;

	private final BatchedWrites writes;

	ProviderDirectoryProjection(JdbcClient db, BatchedWrites writes) {
		this.db = db;
		this.writes = writes;
	}

	@EventHandler
	void on(OfferRegistered event) {
		writes.update("""
				insert into provider_directory (provider_code, provider_type, offers) values (?, ?, 1)
				on conflict (provider_code) do update set offers = provider_directory.offers + 1""",
				event.details().provider().code().value(), event.details().provider().type().name());
	}

	@ResetHandler
	void reset() {
		db.sql("delete from provider_directory").update();
	}

	@Override
	public boolean hasOffered(String providerCode) {
		return db.sql("select count(*) from provider_directory where provider_code = ?")
			.param(providerCode)
			.query(Integer.class)
			.single() > 0;
	}

}
