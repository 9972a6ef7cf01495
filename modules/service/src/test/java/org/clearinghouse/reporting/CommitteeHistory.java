package org.clearinghouse.reporting;

import static org.clearinghouse.Details.set;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clearinghouse.Details;
import org.clearinghouse.matching.AssistanceDelivered;
import org.clearinghouse.matching.MatchClosed;
import org.clearinghouse.matching.MatchConfirmed;
import org.clearinghouse.matching.MatchProposed;
import org.clearinghouse.matching.ProposalAccepted;
import org.clearinghouse.matching.ProposalCancelled;
import org.clearinghouse.matching.ProposalDeclined;
import org.clearinghouse.matching.ProposalExpired;
import org.clearinghouse.matching.ProposalReminderDue;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestPublished;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.request.RequestWithdrawn;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.FeedbackOutcome;
import org.clearinghouse.vocabulary.ProposalId;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * A history over five quarters, small enough to compute the report by hand. Every event
 * happens at noon UTC on its day.
 *
 * <pre>
 * requests  R1 2014-07-10 KEN        LEGISLATION, EXPORT_CONTROL     CHEMICAL            LEGISLATIVE_DRAFTING
 *           R2 2014-08-05 PER        BORDER_CONTROL                  NUCLEAR             EQUIPMENT, TRAINING
 *           R3 2014-09-20 KEN+UGA+TZA (joint) BORDER_CONTROL, EXPORT_CONTROL CHEMICAL, BIOLOGICAL TRAINING
 *           R4 2014-11-03 IND        PHYSICAL_PROTECTION             NUCLEAR             EQUIPMENT
 *           R5 2014-12-15 FJI        LEGISLATION                     BIOLOGICAL          EXPERT_ADVICE   (withdrawn 2015-02-10)
 *           R6 2015-04-20 NGA        OUTREACH                        MEANS_OF_DELIVERY   WORKSHOP
 * offers    O1 2014-07-01 DEU (State)       EXPORT_CONTROL   CHEMICAL, NUCLEAR  TRAINING         for 002
 *           O2 2014-08-15 IAEA (organization) PHYSICAL_PROTECTION, BORDER_CONTROL NUCLEAR EQUIPMENT for all
 *           O3 2014-10-01 JPN (State)       LEGISLATION      BIOLOGICAL     EXPERT_ADVICE, LEGISLATIVE_DRAFTING for 142, 009
 * proposals P1 R1-O1 proposed 07-20, accepted 08-01, confirmed 08-05, delivered 10-15, closed 11-01
 *           P2 R2-O2 proposed 08-25, declined 09-01 "outside our programme's priorities"
 *           P3 R3-O1 proposed 09-25, reminded 10-10, expired 10-25
 *           P4 R2-O1 proposed 10-05, declined 10-10 "no capacity left"
 *           P5 R4-O2 proposed 11-13, accepted 2015-01-12
 *           P7 R5-O3 proposed 12-20, cancelled 2015-02-10 (R5 withdrawn)
 *           P6 R3-O3 proposed 2015-01-20, declined 2015-02-01 "no capacity left"
 *           P8 R6-O1 proposed 2015-05-10, accepted 2015-06-09
 * nothing happens in 2015-Q3
 * </pre>
 */
final class CommitteeHistory {

	static final RequestId R1 = RequestId.of("00000000-0000-0000-0000-000000000001");

	static final RequestId R2 = RequestId.of("00000000-0000-0000-0000-000000000002");

	static final RequestId R3 = RequestId.of("00000000-0000-0000-0000-000000000003");

	static final RequestId R4 = RequestId.of("00000000-0000-0000-0000-000000000004");

	static final RequestId R5 = RequestId.of("00000000-0000-0000-0000-000000000005");

	static final RequestId R6 = RequestId.of("00000000-0000-0000-0000-000000000006");

	static final OfferId O1 = OfferId.of("00000000-0000-0000-0000-0000000000a1");

	static final OfferId O2 = OfferId.of("00000000-0000-0000-0000-0000000000a2");

	static final OfferId O3 = OfferId.of("00000000-0000-0000-0000-0000000000a3");

	private final List<RecordedEvent> events = new ArrayList<>();

	static List<RecordedEvent> events() {
		return new CommitteeHistory().build();
	}

	private List<RecordedEvent> build() {
		offer("2014-07-01", O1, Provider.state("DEU"), set(Area.EXPORT_CONTROL),
				set(WeaponCategory.CHEMICAL, WeaponCategory.NUCLEAR), set(AssistanceType.TRAINING), set("002"));
		request("2014-07-10", R1, set("KEN"), set(Area.LEGISLATION, Area.EXPORT_CONTROL), set(WeaponCategory.CHEMICAL),
				set(AssistanceType.LEGISLATIVE_DRAFTING));
		ProposalId p1 = proposed("2014-07-20", R1, O1, "DEU");
		request("2014-08-05", R2, set("PER"), set(Area.BORDER_CONTROL), set(WeaponCategory.NUCLEAR),
				set(AssistanceType.EQUIPMENT, AssistanceType.TRAINING));
		at("2014-08-01", new ProposalAccepted(p1, R1, O1, code("DEU")));
		at("2014-08-05", new MatchConfirmed(p1, R1, O1, code("DEU")));
		offer("2014-08-15", O2, Provider.organization("IAEA"), set(Area.PHYSICAL_PROTECTION, Area.BORDER_CONTROL),
				set(WeaponCategory.NUCLEAR), set(AssistanceType.EQUIPMENT), set());
		ProposalId p2 = proposed("2014-08-25", R2, O2, "IAEA");
		at("2014-09-01", new ProposalDeclined(p2, R2, O2, code("IAEA"), "outside our programme's priorities"));
		request("2014-09-20", R3, set("KEN", "UGA", "TZA"), set(Area.BORDER_CONTROL, Area.EXPORT_CONTROL),
				set(WeaponCategory.CHEMICAL, WeaponCategory.BIOLOGICAL), set(AssistanceType.TRAINING));
		ProposalId p3 = proposed("2014-09-25", R3, O1, "DEU");
		offer("2014-10-01", O3, Provider.state("JPN"), set(Area.LEGISLATION), set(WeaponCategory.BIOLOGICAL),
				set(AssistanceType.EXPERT_ADVICE, AssistanceType.LEGISLATIVE_DRAFTING), set("142", "009"));
		ProposalId p4 = proposed("2014-10-05", R2, O1, "DEU");
		at("2014-10-10", new ProposalReminderDue(p3, R3, O1, code("DEU")));
		at("2014-10-10", new ProposalDeclined(p4, R2, O1, code("DEU"), "no capacity left"));
		at("2014-10-15", new AssistanceDelivered(p1, R1, O1, code("DEU"), "drafting workshop held"));
		at("2014-10-25", new ProposalExpired(p3, R3, O1, code("DEU")));
		at("2014-11-01", new MatchClosed(p1, R1, O1, code("DEU"), FeedbackOutcome.MET, "act adopted"));
		request("2014-11-03", R4, set("IND"), set(Area.PHYSICAL_PROTECTION), set(WeaponCategory.NUCLEAR),
				set(AssistanceType.EQUIPMENT));
		ProposalId p5 = proposed("2014-11-13", R4, O2, "IAEA");
		request("2014-12-15", R5, set("FJI"), set(Area.LEGISLATION), set(WeaponCategory.BIOLOGICAL),
				set(AssistanceType.EXPERT_ADVICE));
		ProposalId p7 = proposed("2014-12-20", R5, O3, "JPN");
		at("2015-01-12", new ProposalAccepted(p5, R4, O2, code("IAEA")));
		ProposalId p6 = proposed("2015-01-20", R3, O3, "JPN");
		at("2015-02-01", new ProposalDeclined(p6, R3, O3, code("JPN"), "no capacity left"));
		at("2015-02-10", new RequestWithdrawn(R5, "met by another programme"));
		at("2015-02-10", new ProposalCancelled(p7, R5, O3, code("JPN"), "request withdrawn"));
		request("2015-04-20", R6, set("NGA"), set(Area.OUTREACH), set(WeaponCategory.MEANS_OF_DELIVERY),
				set(AssistanceType.WORKSHOP));
		ProposalId p8 = proposed("2015-05-10", R6, O1, "DEU");
		at("2015-06-09", new ProposalAccepted(p8, R6, O1, code("DEU")));
		return events;
	}

	static Instant noon(String date) {
		return LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
	}

	private void at(String date, Object event) {
		events.add(new RecordedEvent(noon(date), event));
	}

	private void request(String date, RequestId id, Set<String> states, Set<Area> areas, Set<WeaponCategory> weapons,
			Set<AssistanceType> types) {
		at(date, new RequestRegistered(id,
				Details.request("Request " + id, states, areas, weapons, types, PublicationConsent.GIVEN)));
		at(date, new RequestPublished(id));
	}

	private void offer(String date, OfferId id, Provider provider, Set<Area> areas, Set<WeaponCategory> weapons,
			Set<AssistanceType> types, Set<String> regions) {
		at(date, new OfferRegistered(id,
				Details.offer("Offer " + id, provider, areas, weapons, types, regions, PublicationConsent.GIVEN)));
	}

	private ProposalId proposed(String date, RequestId request, OfferId offer, String provider) {
		ProposalId id = ProposalId.forPair(request.value(), offer.value());
		at(date, new MatchProposed(id, request, offer, code(provider), 0.7, List.of("areas"),
				noon(date).plusSeconds(30L * 86_400)));
		return id;
	}

	private static ProviderCode code(String value) {
		return ProviderCode.of(value);
	}

}
