package org.clearinghouse.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stack notes' traps: no large objects, and a global index handed out one at a time.
 */
@ClearinghouseTest
class EventStoreStorageTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Test
	void events_tokens_and_payloads_leave_no_large_objects_behind() {
		Api secretariat = Api.secretariat(port);
		for (int i = 0; i < 5; i++) {
			secretariat.post("/api/offers", Bodies.offer());
			secretariat.post("/api/requests", Bodies.request());
		}

		assertThat(db.sql("select count(*) from domain_event_entry").query(Long.class).single())
			.isGreaterThanOrEqualTo(20);
		assertThat(db.sql("select count(*) from pg_largeobject_metadata").query(Long.class).single()).isZero();
		assertThat(db.sql("""
				select count(*) from information_schema.columns
				where table_schema = 'public' and data_type = 'oid'""").query(Long.class).single()).isZero();
	}

	@Test
	void the_global_index_sequence_allocates_one_value_at_a_time() {
		var sequence = db.sql("""
				select increment_by, cache_size from pg_sequences
				where sequencename = 'domain_event_entry_global_index_seq'""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();

		assertThat(sequence).containsExactly(1, 1);
	}

}
