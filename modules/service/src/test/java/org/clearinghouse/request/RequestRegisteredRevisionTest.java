package org.clearinghouse.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.clearinghouse.ClearinghouseTest;
import org.clearinghouse.Details;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.WeaponCategory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link RequestRegistered} revision 2 names a joint request's originals; the events
 * stored as revision 1, without that field, still read, as requests made from none.
 */
@ClearinghouseTest
class RequestRegisteredRevisionTest {

	@Autowired
	Serializer serializer;

	private final RequestDetails details = Details.request("Revision test: export controls", Set.of("KIR"),
			Set.of(Area.EXPORT_CONTROL), Set.of(WeaponCategory.CHEMICAL), Set.of(AssistanceType.TRAINING),
			PublicationConsent.GIVEN);

	@Test
	void a_revision_1_event_without_originals_reads_as_an_ordinary_request() {
		RequestId id = RequestId.random();
		String revision2 = new String(serializer.serialize(new RequestRegistered(id, details), byte[].class).getData(),
				StandardCharsets.UTF_8);
		String revision1 = revision2.replace(",\"originalRequests\":[]", "");
		assertThat(revision1).doesNotContain("originalRequests").isNotEqualTo(revision2);

		RequestRegistered read = serializer.deserialize(new SimpleSerializedObject<>(
				revision1.getBytes(StandardCharsets.UTF_8), byte[].class, RequestRegistered.class.getName(), "1"));

		assertThat(read).isEqualTo(new RequestRegistered(id, details, Set.of()));
		assertThat(read.originalRequests()).isEmpty();
	}

	@Test
	void revision_2_keeps_the_originals() {
		RequestId joint = RequestId.random();
		Set<RequestId> originals = Set.of(RequestId.random(), RequestId.random());
		SerializedObject<byte[]> stored = serializer.serialize(new RequestRegistered(joint, details, originals),
				byte[].class);

		assertThat(stored.getType().getRevision()).isEqualTo("2");
		RequestRegistered read = serializer.deserialize(stored);
		assertThat(read.originalRequests()).isEqualTo(originals);
	}

}
