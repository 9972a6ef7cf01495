package org.clearinghouse.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.clearinghouse.vocabulary.Geography;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * A synthetic, reproducible set of offers and requests with a known ground truth, for
 * {@link MatchingEvaluationTest}.
 * <p>
 * Each offer comes from a latent programme: a primary area and a primary form of
 * assistance (its core business), plus secondary areas and forms (noise: what the
 * programme also lists), weapon categories, languages, an eligible M49 region (or none:
 * open to all), a capacity and an availability window. A few programmes are broad and
 * list most areas and forms.
 * <p>
 * Each request is drawn from a target offer, its true provider: its States from the
 * target's eligible region, its primary area and form from the target's primaries, some
 * of the target's secondaries, then noise (a code dropped, a code the target lacks added,
 * sometimes a language the target does not work in), and a date needed within the
 * target's window.
 * <p>
 * The ground truth of a request is every offer that could serve it in practice (active,
 * capacity left, available by the date, every requesting State eligible) and whose latent
 * primary area and primary form are the request's. It is defined from the latent
 * profiles, never from the policy's score, and it always holds the target.
 */
final class EvaluationDataSet {

	/** The day the ranking is done: a fortnight after the programme of work was sent. */
	static final LocalDate TODAY = LocalDate.of(2014, 6, 6);

	private static final Area[] AREAS = Area.values();

	/** Export, border control and legislation are asked for most, reporting least. */
	private static final double[] AREA_WEIGHTS = weights(Map.of(Area.LEGISLATION, 3.0, Area.ACCOUNTING, 1.0,
			Area.PHYSICAL_PROTECTION, 2.0, Area.BORDER_CONTROL, 3.0, Area.EXPORT_CONTROL, 3.0, Area.ENFORCEMENT, 2.0,
			Area.NATIONAL_ACTION_PLAN, 1.5, Area.REPORTING, 1.0, Area.OUTREACH, 1.5), AREAS);

	private static final AssistanceType[] TYPES = AssistanceType.values();

	/** Training and expert advice are the most common forms, financial support rarest. */
	private static final double[] TYPE_WEIGHTS = weights(Map.of(AssistanceType.LEGISLATIVE_DRAFTING, 1.5,
			AssistanceType.TRAINING, 3.0, AssistanceType.EQUIPMENT, 1.5, AssistanceType.EXPERT_ADVICE, 3.0,
			AssistanceType.WORKSHOP, 2.0, AssistanceType.FINANCIAL, 1.0), TYPES);

	private static final List<LanguageCode> LANGUAGES = List.of(LanguageCode.of("en"), LanguageCode.of("fr"),
			LanguageCode.of("es"), LanguageCode.of("ru"), LanguageCode.of("ar"), LanguageCode.of("zh"));

	/**
	 * Eligible regions and how often programmes are limited to them; {@code null} is open
	 * to every State.
	 */
	private static final Map<String, Double> REGIONS = regions();

	private static final List<Provider> PROVIDERS = List.of(Provider.state("DEU"), Provider.state("USA"),
			Provider.state("GBR"), Provider.state("FRA"), Provider.state("JPN"), Provider.state("CAN"),
			Provider.state("AUS"), Provider.state("NOR"), Provider.state("NLD"), Provider.state("KOR"),
			Provider.state("RUS"), Provider.state("CHN"), Provider.organization("IAEA"), Provider.organization("OPCW"),
			Provider.organization("BWC-ISU"), Provider.organization("INTERPOL"), Provider.organization("WCO"),
			Provider.organization("WHO"), Provider.organization("WOAH"), Provider.organization("EU"),
			Provider.organization("UNODC"));

	private final Random random;

	/** Every State with an M49 region, sorted, so that draws are reproducible. */
	private final List<CountryCode> states;

	private final Map<RegionCode, List<CountryCode>> statesByRegion = new LinkedHashMap<>();

	private final List<GeneratedOffer> offers = new ArrayList<>();

	private final List<GeneratedRequest> requests = new ArrayList<>();

	private EvaluationDataSet(long seed) {
		this.random = new Random(seed);
		this.states = Arrays.stream(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new))
			.sorted()
			.map(CountryCode::of)
			.filter(state -> Geography.standard().regionOf(state).isPresent())
			.toList();
	}

	static EvaluationDataSet generate(long seed, int offerCount, int requestCount) {
		EvaluationDataSet data = new EvaluationDataSet(seed);
		for (int i = 0; i < offerCount; i++) {
			data.offers.add(data.offer(i));
		}
		List<GeneratedOffer> targets = data.offers.stream().filter(offer -> offer.canServeUntil(TODAY)).toList();
		for (int i = 0; i < requestCount; i++) {
			data.requests.add(data.request(i, targets.get(data.random.nextInt(targets.size()))));
		}
		return data;
	}

	/**
	 * The same data without the broad programmes: their offers, the requests drawn from
	 * them, and their place in every other request's ground truth.
	 */
	EvaluationDataSet withoutBroadProgrammes() {
		EvaluationDataSet narrow = new EvaluationDataSet(0);
		Set<OfferId> broad = new LinkedHashSet<>();
		for (GeneratedOffer offer : offers) {
			if (offer.broad()) {
				broad.add(offer.profile().offerId());
			}
			else {
				narrow.offers.add(offer);
			}
		}
		for (GeneratedRequest request : requests) {
			if (!broad.contains(request.target())) {
				Set<OfferId> relevant = new LinkedHashSet<>(request.relevant());
				relevant.removeAll(broad);
				narrow.requests.add(new GeneratedRequest(request.details(), request.target(), request.primaryArea(),
						request.primaryType(), relevant));
			}
		}
		return narrow;
	}

	List<GeneratedOffer> offers() {
		return Collections.unmodifiableList(offers);
	}

	List<OfferProfile> profiles() {
		return offers.stream().map(GeneratedOffer::profile).toList();
	}

	List<GeneratedRequest> requests() {
		return Collections.unmodifiableList(requests);
	}

	private GeneratedOffer offer(int n) {
		Area primaryArea = pick(AREAS, AREA_WEIGHTS);
		AssistanceType primaryType = pick(TYPES, TYPE_WEIGHTS);
		boolean broad = random.nextDouble() < 0.06;
		Set<Area> areas = EnumSet.of(primaryArea);
		int extraAreas = broad ? 4 + random.nextInt(4) : pick(new Integer[] { 0, 1, 2, 3 }, 0.3, 0.35, 0.25, 0.1);
		addOthers(areas, AREAS, AREA_WEIGHTS, extraAreas);
		Set<AssistanceType> types = EnumSet.of(primaryType);
		int extraTypes = broad ? 3 + random.nextInt(2) : pick(new Integer[] { 0, 1, 2 }, 0.35, 0.4, 0.25);
		addOthers(types, TYPES, TYPE_WEIGHTS, extraTypes);
		Set<WeaponCategory> weapons = EnumSet.noneOf(WeaponCategory.class);
		if (random.nextDouble() < 0.3) {
			weapons.addAll(EnumSet.allOf(WeaponCategory.class));
		}
		else {
			addOthers(weapons, WeaponCategory.values(), null, 1 + random.nextInt(3));
		}
		Set<LanguageCode> languages = new TreeSet<>();
		languages.add(random.nextDouble() < 0.7 ? LANGUAGES.get(0) : LANGUAGES.get(1 + random.nextInt(5)));
		addOthers(languages, LANGUAGES.toArray(LanguageCode[]::new), null,
				pick(new Integer[] { 0, 1, 2 }, 0.4, 0.4, 0.2));
		Set<RegionCode> regions = new TreeSet<>();
		String region = pick(REGIONS.keySet().toArray(String[]::new),
				REGIONS.values().stream().mapToDouble(Double::doubleValue).toArray());
		if (region != null) {
			regions.add(RegionCode.of(region));
			if (random.nextDouble() < 0.1) {
				regions.add(RegionCode.of(pick(new String[] { "002", "019", "142", "150", "009" }, 1, 1, 1, 1, 1)));
			}
		}
		int capacity = 1 + random.nextInt(5);
		double use = random.nextDouble();
		int capacityLeft = use < 0.1 ? 0 : use < 0.3 ? 1 + random.nextInt(capacity) : capacity;
		boolean active = random.nextDouble() >= 0.05;
		LocalDate from = LocalDate.of(2013, 7, 1).plusDays(random.nextInt(730));
		LocalDate until = from.plusMonths(6 + random.nextInt(25));
		Provider provider = PROVIDERS.get(random.nextInt(PROVIDERS.size()));
		OfferDetails details = new OfferDetails(provider, primaryArea + " " + primaryType + " programme " + n,
				"synthetic programme for the matching evaluation", areas, weapons, types, languages, regions, Set.of(),
				capacity, from, until, PublicationConsent.GIVEN);
		if (!details.violations().isEmpty()) {
			throw new IllegalStateException("generated an invalid offer: " + details.violations());
		}
		OfferId id = new OfferId(new UUID(random.nextLong(), random.nextLong()));
		return new GeneratedOffer(new OfferProfile(id, details, active, capacityLeft), primaryArea, primaryType, broad);
	}

	private GeneratedRequest request(int n, GeneratedOffer target) {
		OfferDetails offer = target.profile().details();
		Set<CountryCode> requesting = new TreeSet<>();
		List<CountryCode> pool = pool(offer.eligibleRegions());
		boolean joint = random.nextDouble() < 0.1;
		int size = joint ? Math.min(pool.size(), 2 + random.nextInt(3)) : 1;
		while (requesting.size() < size) {
			requesting.add(pool.get(random.nextInt(pool.size())));
		}
		Framework framework = requesting.size() > 1
				? new Framework(FrameworkKind.values()[random.nextInt(FrameworkKind.values().length)],
						"Synthetic framework " + n)
				: null;
		Set<Area> areas = stated(target.primaryArea(), offer.areas(), AREAS, AREA_WEIGHTS);
		Set<AssistanceType> types = stated(target.primaryType(), offer.assistanceTypes(), TYPES, TYPE_WEIGHTS);
		Set<WeaponCategory> weapons = EnumSet.noneOf(WeaponCategory.class);
		if (random.nextDouble() >= 0.15) {
			List<WeaponCategory> offered = new ArrayList<>(offer.weaponCategories());
			Collections.shuffle(offered, random);
			weapons.addAll(offered.subList(0, Math.min(offered.size(), 1 + random.nextInt(2))));
			if (random.nextDouble() < 0.2) {
				addLacking(weapons, offer.weaponCategories(), WeaponCategory.values());
			}
		}
		Set<LanguageCode> languages = new TreeSet<>();
		if (random.nextDouble() < 0.15) {
			addLacking(languages, offer.languages(), LANGUAGES.toArray(LanguageCode[]::new));
		}
		if (languages.isEmpty()) {
			List<LanguageCode> spoken = new ArrayList<>(offer.languages());
			languages.add(spoken.get(random.nextInt(spoken.size())));
		}
		LocalDate earliest = offer.availableFrom().isAfter(TODAY) ? offer.availableFrom() : TODAY;
		LocalDate neededBy = earliest
			.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliest, offer.availableUntil()) + 1));
		RequestDetails details = new RequestDetails(requesting, framework,
				target.primaryArea() + " " + target.primaryType() + " request " + n,
				"synthetic request for the matching evaluation", areas, weapons, types, languages,
				PublicationConsent.GIVEN, neededBy);
		if (!details.violations().isEmpty()) {
			throw new IllegalStateException("generated an invalid request: " + details.violations());
		}
		Set<OfferId> relevant = new LinkedHashSet<>();
		for (GeneratedOffer candidate : offers) {
			if (candidate.primaryArea() == target.primaryArea() && candidate.primaryType() == target.primaryType()
					&& candidate.canServe(details, TODAY)) {
				relevant.add(candidate.profile().offerId());
			}
		}
		return new GeneratedRequest(details, target.profile().offerId(), target.primaryArea(), target.primaryType(),
				relevant);
	}

	/**
	 * What a request states in one dimension: the primary code, each of the target's
	 * other codes with even odds, then perhaps one code dropped (it may be the primary)
	 * and perhaps one the target lacks added.
	 */
	private <T extends Enum<T>> Set<T> stated(T primary, Set<T> offered, T[] all, double[] weights) {
		Set<T> stated = new TreeSet<>();
		stated.add(primary);
		for (T code : offered) {
			if (code != primary && random.nextDouble() < 0.5) {
				stated.add(code);
			}
		}
		if (stated.size() > 1 && random.nextDouble() < 0.2) {
			List<T> codes = new ArrayList<>(stated);
			stated.remove(codes.get(random.nextInt(codes.size())));
		}
		if (random.nextDouble() < 0.25) {
			Set<T> lacking = new TreeSet<>();
			addOthers(lacking, all, weights, 1, offered);
			stated.addAll(lacking);
		}
		return stated;
	}

	/** The States a request to an offer limited to these regions may come from. */
	private List<CountryCode> pool(Set<RegionCode> regions) {
		if (regions.isEmpty()) {
			return states;
		}
		List<CountryCode> pool = new ArrayList<>();
		for (RegionCode region : regions) {
			pool.addAll(statesByRegion.computeIfAbsent(region,
					r -> states.stream().filter(state -> Geography.standard().regionsOf(state).contains(r)).toList()));
		}
		return pool;
	}

	private <T> void addLacking(Set<T> into, Set<T> offered, T[] all) {
		addOthers(into, all, null, 1, offered);
	}

	private <T> void addOthers(Set<T> into, T[] all, double[] weights, int count) {
		addOthers(into, all, weights, count, Set.of());
	}

	/** Adds up to {@code count} codes not yet in {@code into} nor in {@code avoid}. */
	private <T> void addOthers(Set<T> into, T[] all, double[] weights, int count, Set<T> avoid) {
		List<T> left = new ArrayList<>();
		List<Double> leftWeights = new ArrayList<>();
		for (int i = 0; i < all.length; i++) {
			if (!into.contains(all[i]) && !avoid.contains(all[i])) {
				left.add(all[i]);
				leftWeights.add(weights == null ? 1.0 : weights[i]);
			}
		}
		for (int added = 0; added < count && !left.isEmpty(); added++) {
			int i = index(leftWeights.stream().mapToDouble(Double::doubleValue).toArray());
			into.add(left.remove(i));
			leftWeights.remove(i);
		}
	}

	private <T> T pick(T[] values, double... weights) {
		return values[index(weights)];
	}

	private int index(double[] weights) {
		double total = Arrays.stream(weights).sum();
		double draw = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static <T> double[] weights(Map<T, Double> byValue, T[] values) {
		return Arrays.stream(values).mapToDouble(byValue::get).toArray();
	}

	private static Map<String, Double> regions() {
		Map<String, Double> regions = new LinkedHashMap<>();
		regions.put(null, 0.20);
		regions.put("002", 0.14);
		regions.put("019", 0.08);
		regions.put("142", 0.10);
		regions.put("150", 0.06);
		regions.put("009", 0.05);
		regions.put("202", 0.06);
		regions.put("014", 0.03);
		regions.put("011", 0.03);
		regions.put("015", 0.02);
		regions.put("419", 0.05);
		regions.put("029", 0.03);
		regions.put("145", 0.05);
		regions.put("035", 0.03);
		regions.put("143", 0.02);
		regions.put("151", 0.02);
		return regions;
	}

	/**
	 * An offer and the latent programme it was generated from; a broad programme lists
	 * most areas and forms of assistance.
	 */
	record GeneratedOffer(OfferProfile profile, Area primaryArea, AssistanceType primaryType, boolean broad) {

		/** Active, with capacity left, not ended by the day. */
		boolean canServeUntil(LocalDate today) {
			return profile.active() && profile.capacityLeft() > 0
					&& !profile.details().availableUntil().isBefore(today);
		}

		/**
		 * Could serve the request in practice: also available by the date needed, and
		 * open to every requesting State (checked here on its own, not by the policy).
		 */
		boolean canServe(RequestDetails request, LocalDate today) {
			OfferDetails details = profile.details();
			boolean inTime = request.neededBy() == null || !details.availableFrom().isAfter(request.neededBy());
			boolean eligible = details.eligibleRegions().isEmpty() || request.requestingStates()
				.stream()
				.allMatch(state -> Geography.standard()
					.regionsOf(state)
					.stream()
					.anyMatch(details.eligibleRegions()::contains));
			return canServeUntil(today) && inTime && eligible;
		}

	}

	/**
	 * A request, the offer it was drawn from, its latent primaries and its ground truth.
	 */
	record GeneratedRequest(RequestDetails details, OfferId target, Area primaryArea, AssistanceType primaryType,
			Set<OfferId> relevant) {

	}

}
