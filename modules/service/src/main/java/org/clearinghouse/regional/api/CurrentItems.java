package org.clearinghouse.regional.api;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.offer.ProviderType;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.WeaponCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open requests and active offers as they stand now, read (only read) from the
 * matching database's tables ({@code matching_request}, {@code matching_offer}), which
 * hold every field of their details. Like any projection, it may lag the last write by a
 * moment.
 */
@Component
public class CurrentItems {

	/** A request with its current details. */
	public record Request(UUID id, RequestDetails details, Instant registeredAt) {
	}

	/** An offer with its current details and the capacity it has left. */
	public record Offer(UUID id, OfferDetails details, int capacityRemaining) {
	}

	private final JdbcClient db;

	CurrentItems(JdbcClient db) {
		this.db = db;
	}

	/** The requests still open (neither withdrawn nor closed), oldest first. */
	public List<Request> openRequests() {
		return requests("where status = 'OPEN'");
	}

	/** Every request registered, whatever its status, oldest first. */
	public List<Request> allRequests() {
		return requests("");
	}

	private List<Request> requests(String where) {
		return db.sql("select * from matching_request " + where + " order by registered_at, request_id")
			.query((rs, n) -> new Request(rs.getObject("request_id", UUID.class), request(rs),
					rs.getObject("registered_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The offers still active (neither withdrawn nor closed), whatever capacity they have
	 * left.
	 */
	public List<Offer> activeOffers() {
		return db.sql("select * from matching_offer where status = 'ACTIVE' order by offer_id")
			.query((rs, n) -> new Offer(rs.getObject("offer_id", UUID.class), offer(rs),
					rs.getInt("capacity_remaining")))
			.list();
	}

	/**
	 * The ids of the requests that have an accepted proposal (accepted, confirmed,
	 * delivered or closed after).
	 */
	public Set<UUID> requestsWithAcceptedProposal() {
		return Set.copyOf(db.sql("""
				select distinct request_id from matching_match
				where answered_at is not null and decline_reason is null""").query(UUID.class).list());
	}

	private static RequestDetails request(ResultSet rs) throws SQLException {
		String kind = rs.getString("framework_kind");
		Framework framework = kind == null ? null
				: new Framework(FrameworkKind.valueOf(kind), rs.getString("framework_name"));
		return new RequestDetails(codes(rs, "requesting_states", CountryCode::of), framework, rs.getString("title"),
				rs.getString("description"), codes(rs, "areas", Area::valueOf),
				codes(rs, "weapon_categories", WeaponCategory::valueOf),
				codes(rs, "assistance_types", AssistanceType::valueOf), codes(rs, "languages", LanguageCode::of),
				PublicationConsent.valueOf(rs.getString("publication_consent")),
				rs.getObject("needed_by", LocalDate.class));
	}

	private static OfferDetails offer(ResultSet rs) throws SQLException {
		Provider provider = new Provider(ProviderType.valueOf(rs.getString("provider_type")),
				ProviderCode.of(rs.getString("provider_code")));
		return new OfferDetails(provider, rs.getString("title"), rs.getString("description"),
				codes(rs, "areas", Area::valueOf), codes(rs, "weapon_categories", WeaponCategory::valueOf),
				codes(rs, "assistance_types", AssistanceType::valueOf), codes(rs, "languages", LanguageCode::of),
				codes(rs, "eligible_regions", RegionCode::of), codes(rs, "eligible_states", CountryCode::of),
				rs.getInt("capacity"), rs.getObject("available_from", LocalDate.class),
				rs.getObject("available_until", LocalDate.class),
				PublicationConsent.valueOf(rs.getString("publication_consent")));
	}

	private static <T> Set<T> codes(ResultSet rs, String column, Function<String, T> parse) throws SQLException {
		Array array = rs.getArray(column);
		return Arrays.stream((String[]) array.getArray()).map(parse).collect(Collectors.toSet());
	}

}
