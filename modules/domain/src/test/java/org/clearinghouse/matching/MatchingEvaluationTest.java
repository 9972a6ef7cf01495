package org.clearinghouse.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clearinghouse.matching.EvaluationDataSet.GeneratedOffer;
import org.clearinghouse.matching.EvaluationDataSet.GeneratedRequest;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.request.RequestDetails;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How well the policy ranks on a generated data set with a known ground truth (issue 3):
 * 300 offers, 500 requests, each request drawn from a true provider; an offer is relevant
 * when it could serve the request in practice and its latent primary area and form of
 * assistance are the request's (see {@link EvaluationDataSet}). The figures are printed
 * and reported in {@code docs/matching.md}; the floors below are a little under what the
 * default weights measured on this seed, so that a change to the policy that makes
 * matching clearly worse fails here.
 */
class MatchingEvaluationTest {

	static final long SEED = Long.getLong("clearinghouse.evaluation.seed", 1540L);

	static final int OFFERS = 300;

	static final int REQUESTS = 500;

	static final int K = 3;

	private static EvaluationDataSet data;

	private static final String DEFAULT = "default (0.4, 0.3, 0.15, 0.15)";

	private static final String AREAS_ONLY = "areas only (1, 0, 0, 0)";

	private static Map<String, Figures> figures;

	private static Map<String, Figures> references;

	@BeforeAll
	static void evaluate() {
		data = EvaluationDataSet.generate(SEED, OFFERS, REQUESTS);
		figures = new LinkedHashMap<>();
		figures.put(DEFAULT, Figures.of(data, policy(MatchingWeights.DEFAULT)));
		figures.put(AREAS_ONLY, Figures.of(data, policy(new MatchingWeights(1, 0, 0, 0))));
		figures.put("equal (1, 1, 1, 1)", Figures.of(data, policy(new MatchingWeights(1, 1, 1, 1))));
		references = new LinkedHashMap<>();
		references.put("default, no broad programmes",
				Figures.of(data.withoutBroadProgrammes(), policy(MatchingWeights.DEFAULT)));
		references.put("not the policy: coverage on areas, forms",
				Figures.of(data, MatchingEvaluationTest::coverageOnly));
		print();
	}

	@Test
	void the_data_set_is_large_enough_reproducible_and_its_truth_holds_every_target() {
		assertThat(data.offers()).hasSize(OFFERS);
		assertThat(data.requests()).hasSize(REQUESTS);
		assertThat(data.requests()).allSatisfy(request -> assertThat(request.relevant()).contains(request.target()));
		EvaluationDataSet again = EvaluationDataSet.generate(SEED, OFFERS, REQUESTS);
		assertThat(again.requests()).isEqualTo(data.requests());
		assertThat(again.offers()).isEqualTo(data.offers());
	}

	/**
	 * Measured with seed 1540 (see docs/matching.md): precision@3 0.441, loose
	 * precision@3 0.750, recall@3 0.665, hit@3 0.866. The floors sit a little below.
	 * Against the strict truth a perfect ranker would reach 0.736: the policy cannot tell
	 * an offer's core business from what it also lists (see the docs). The first policy,
	 * which scored areas and forms by coverage alone, measured 0.305, 0.854, 0.483 and
	 * 0.716: it let programmes that list everything win.
	 */
	@Test
	void the_default_weights_meet_their_floor() {
		Figures measured = figures.get(DEFAULT);
		assertThat(measured.precision()).isGreaterThanOrEqualTo(0.41);
		assertThat(measured.loosePrecision()).isGreaterThanOrEqualTo(0.72);
		assertThat(measured.recall()).isGreaterThanOrEqualTo(0.62);
		assertThat(measured.hit()).isGreaterThanOrEqualTo(0.83);
		assertThat(measured.withoutCandidates()).isZero();
	}

	/** Measured: 0.866 against 0.650; the forms of assistance asked for matter. */
	@Test
	void the_default_weights_find_the_true_provider_far_more_often_than_areas_alone() {
		assertThat(figures.get(DEFAULT).hit()).isGreaterThan(figures.get(AREAS_ONLY).hit() + 0.2);
	}

	private static void print() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%nMatching evaluation: seed %d, %d offers, %d requests, k = %d%n", SEED,
				OFFERS, REQUESTS, K));
		out.append(String.format(Locale.ROOT, "%s%n", DataSummary.of(data)));
		out.append(String.format(Locale.ROOT, "| %-40s | %8s | %11s | %16s | %8s | %5s | %13s | %13s | %9s |%n",
				"weights", "requests", "precision@3", "precision@3 loose", "recall@3", "hit@3", "target first",
				"no candidate", "ceiling"));
		figures.forEach((name, f) -> out.append(row(name, f)));
		out.append(String.format(Locale.ROOT, "references, for comparison:%n"));
		references.forEach((name, f) -> out.append(row(name, f)));
		Figures standard = figures.get(DEFAULT);
		out.append(String.format(Locale.ROOT,
				"default weights: top candidate not relevant in %d requests, a broad programme in %d of them; "
						+ "3rd and 4th candidates tie on score in %d requests%n",
				standard.wrongFirst(), standard.broadWrongFirst(), standard.tiesAtTheCut()));
		standard.examples().forEach(example -> out.append(example).append(String.format("%n")));
		System.out.println(out);
	}

	private static String row(String name, Figures f) {
		return String.format(Locale.ROOT, "| %-40s | %8d | %11.3f | %16.3f | %8.3f | %5.3f | %13.3f | %13d | %9.3f |%n",
				name, f.requests(), f.precision(), f.loosePrecision(), f.recall(), f.hit(), f.first(),
				f.withoutCandidates(), f.ceiling());
	}

	private static Ranker policy(MatchingWeights weights) {
		MatchingPolicy policy = new MatchingPolicy(weights);
		return (request, offers, limit) -> policy.rank(request, offers, EvaluationDataSet.TODAY, Set.of(), limit);
	}

	/**
	 * Not the policy, a reference: the first policy, with the same hard filters and
	 * default weights, but areas and forms of assistance scored by the share of what is
	 * asked that the offer covers, so that an offer listing everything scores fully.
	 */
	private static List<Candidate> coverageOnly(RequestDetails request, List<OfferProfile> offers, int limit) {
		MatchingPolicy policy = new MatchingPolicy(MatchingWeights.DEFAULT);
		MatchingWeights w = MatchingWeights.DEFAULT;
		return offers.stream()
			.map(offer -> policy.assess(request, offer, EvaluationDataSet.TODAY))
			.flatMap(Optional::stream)
			.map(c -> {
				OfferDetails offer = c.offer().details();
				double score = (w.areas() * coverage(request.areas(), offer.areas())
						+ w.assistanceTypes() * coverage(request.assistanceTypes(), offer.assistanceTypes())
						+ w.weaponCategories() * coverage(request.weaponCategories(), offer.weaponCategories())
						+ w.languages() * coverage(request.languages(), offer.languages())) / w.total();
				return new Candidate(c.offer(), Math.round(score * 1000) / 1000.0, c.reasons());
			})
			.sorted(Comparator.comparingDouble(Candidate::score)
				.reversed()
				.thenComparing(Comparator.comparingInt((Candidate c) -> c.offer().capacityLeft()).reversed())
				.thenComparing(c -> c.offer().offerId().value()))
			.limit(limit)
			.toList();
	}

	private static <T> double coverage(Set<T> asked, Set<T> offered) {
		return asked.isEmpty() ? 1.0 : (double) asked.stream().filter(offered::contains).count() / asked.size();
	}

	/** Ranks offers for a request: the policy with some weights, or a reference. */
	interface Ranker {

		List<Candidate> rank(RequestDetails request, List<OfferProfile> offers, int limit);

	}

	/** The sizes behind the figures: candidates and relevant offers per request. */
	record DataSummary(double meanRelevant, double meanCandidates, long singleRelevant, long broadOffers) {

		static DataSummary of(EvaluationDataSet data) {
			MatchingPolicy policy = new MatchingPolicy(MatchingWeights.DEFAULT);
			List<OfferProfile> offers = data.profiles();
			double candidates = data.requests()
				.stream()
				.mapToInt(r -> policy.rank(r.details(), offers, EvaluationDataSet.TODAY, Set.of(), OFFERS).size())
				.average()
				.orElse(0);
			return new DataSummary(data.requests().stream().mapToInt(r -> r.relevant().size()).average().orElse(0),
					candidates, data.requests().stream().filter(r -> r.relevant().size() == 1).count(),
					data.offers().stream().filter(GeneratedOffer::broad).count());
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"relevant offers per request: mean %.2f (only the target: %d requests); candidates passing the "
							+ "hard filters per request: mean %.2f; broad programmes: %d",
					meanRelevant, singleRelevant, meanCandidates, broadOffers);
		}

	}

	/**
	 * The figures of one weighting. Precision is averaged over the requests that have at
	 * least one candidate; recall, hit and target first over all requests. Recall is
	 * against min(3, relevant). The ceiling is the precision a perfect ranker would reach
	 * with lists as long as the policy's: min(relevant, top) / top. The loose precision
	 * counts an offer as relevant when it merely lists the request's primary area and
	 * form and could serve it.
	 */
	record Figures(int requests, double precision, double loosePrecision, double recall, double hit, double first,
			int withoutCandidates, double ceiling, int wrongFirst, int broadWrongFirst, int tiesAtTheCut,
			List<String> examples) {

		static Figures of(EvaluationDataSet data, Ranker ranker) {
			List<OfferProfile> offers = data.profiles();
			Map<OfferId, GeneratedOffer> byId = data.offers()
				.stream()
				.collect(Collectors.toMap(o -> o.profile().offerId(), Function.identity()));
			double precision = 0;
			double loose = 0;
			double recall = 0;
			double ceiling = 0;
			int hits = 0;
			int first = 0;
			int without = 0;
			int wrongFirst = 0;
			int broadWrongFirst = 0;
			int ties = 0;
			List<String> examples = new ArrayList<>();
			for (GeneratedRequest request : data.requests()) {
				List<Candidate> ranked = ranker.rank(request.details(), offers, K + 1);
				if (ranked.size() > K && ranked.get(K - 1).score() == ranked.get(K).score()) {
					ties++;
				}
				List<OfferId> top = ranked.stream().limit(K).map(c -> c.offer().offerId()).toList();
				if (top.isEmpty()) {
					without++;
					continue;
				}
				long relevant = top.stream().filter(request.relevant()::contains).count();
				long looselyRelevant = top.stream()
					.filter(id -> request.relevant().contains(id) || loose(byId.get(id), request))
					.count();
				precision += (double) relevant / top.size();
				loose += (double) looselyRelevant / top.size();
				recall += (double) relevant / Math.min(K, request.relevant().size());
				ceiling += (double) Math.min(request.relevant().size(), top.size()) / top.size();
				if (top.contains(request.target())) {
					hits++;
				}
				if (top.get(0).equals(request.target())) {
					first++;
				}
				if (!request.relevant().contains(top.get(0))) {
					wrongFirst++;
					if (byId.get(top.get(0)).broad()) {
						broadWrongFirst++;
					}
					if (examples.size() < 3 && byId.get(top.get(0)).broad()) {
						examples.add(example(request, ranked.get(0), byId.get(request.target())));
					}
				}
			}
			int requests = data.requests().size();
			int ranked = requests - without;
			return new Figures(requests, precision / ranked, loose / ranked, recall / requests,
					(double) hits / requests, (double) first / requests, without, ceiling / ranked, wrongFirst,
					broadWrongFirst, ties, List.copyOf(examples));
		}

		private static boolean loose(GeneratedOffer offer, GeneratedRequest request) {
			OfferDetails details = offer.profile().details();
			return details.areas().contains(request.primaryArea())
					&& details.assistanceTypes().contains(request.primaryType())
					&& offer.canServe(request.details(), EvaluationDataSet.TODAY);
		}

		/**
		 * A request whose first candidate, scored by the default weights, is not
		 * relevant.
		 */
		private static String example(GeneratedRequest request, Candidate top, GeneratedOffer target) {
			MatchingPolicy policy = new MatchingPolicy(MatchingWeights.DEFAULT);
			RequestDetails details = request.details();
			double targetScore = policy.assess(details, target.profile(), EvaluationDataSet.TODAY)
				.map(Candidate::score)
				.orElse(Double.NaN);
			OfferDetails first = top.offer().details();
			OfferDetails truth = target.profile().details();
			return String.format(Locale.ROOT,
					"  request asks %s / %s / %s / %s (primary %s, %s)%n    ranked first (score %.3f): %s / %s / %s / %s"
							+ "%n    its true provider (score %.3f): %s / %s / %s / %s",
					details.areas(), details.assistanceTypes(), details.weaponCategories(), details.languages(),
					request.primaryArea(), request.primaryType(), top.score(), first.areas(), first.assistanceTypes(),
					first.weaponCategories(), first.languages(), targetScore, truth.areas(), truth.assistanceTypes(),
					truth.weaponCategories(), truth.languages());
		}

	}

}
