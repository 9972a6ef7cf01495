package org.clearinghouse.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.Rules;

/**
 * Scores how specific a request is at intake (programme of work, paragraph 8(e)), since
 * "generic statements of need" are what providers cannot act on. A pure function of the
 * request; the text criteria are English keyword heuristics over the title and the
 * description, meant to prompt the secretariat's questions, not to judge the State.
 *
 * <ul>
 * <li>{@link Criterion#FOCUSED_AREAS}: every area lies in one {@link AreaGroup}.</li>
 * <li>{@link Criterion#BENEFICIARY_AGENCY}: the text names a kind of national body
 * (ministry, customs, agency, authority, department, commission, laboratory, regulator,
 * administration, directorate, inspectorate, police, border guard, coast guard).</li>
 * <li>{@link Criterion#DESIRED_OUTCOME}: "so that", "in order to", "to enable", "result",
 * "outcome", "draft law", "adopted", "trained" and the like.</li>
 * <li>{@link Criterion#TIMEFRAME}: a needed-by date, or in the text a month, an ISO date,
 * a quarter, a duration ("within 6 months") or a year after "by", "before", "until",
 * "in", "during" and the like. A bare year ("the 2013 workshop") does not count.</li>
 * <li>{@link Criterion#PRIOR_ASSISTANCE}: "previous", "prior", "already received",
 * "earlier assistance", "follow-up to", "following the …", "builds on".</li>
 * </ul>
 */
public final class Specificity {

	private static final Pattern AGENCY = words("ministry", "ministries", "customs", "agency", "agencies", "authority",
			"authorities", "department", "departments", "commission", "laboratory", "laboratories", "regulator",
			"regulators", "regulatory body", "administration", "directorate", "inspectorate", "police", "border guard",
			"coast guard");

	private static final Pattern OUTCOME = words("so that", "in order to", "to enable", "enable", "result", "results",
			"resulting in", "outcome", "outcomes", "draft law", "draft laws", "adopted", "adoption", "trained",
			"certified", "accredited", "accreditation", "operational", "in place");

	private static final String MONTH = "january|february|march|april|june|july|august|september|october|november|december";

	private static final Pattern TIMEFRAME = Pattern.compile("\\b(" + MONTH + ")\\b" + "|\\bmay\\s+(19|20)\\d{2}\\b"
			+ "|\\b(by|before|until|till|in|during|from|starting|end of|early|mid|late|no later than)\\s+(19|20)\\d{2}\\b"
			+ "|\\b(19|20)\\d{2}-\\d{2}(-\\d{2})?\\b" + "|\\bq[1-4]\\b|\\b(first|second|third|fourth) quarter\\b"
			+ "|\\bwithin\\s+(\\d+|a|one|two|three|six|twelve)\\s+(days?|weeks?|months?|years?)\\b"
			+ "|\\b\\d+\\s+(weeks|months|years)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern PRIOR = Pattern.compile("\\bprevious(ly)?\\b|\\bprior\\b|\\balready received\\b"
			+ "|\\bearlier assistance\\b|\\bfollow-?up (to|of|on)\\b|\\bfollowing (up )?(on )?(the|a|an|its|our)\\b"
			+ "|\\bbuilds? on\\b|\\bhas received\\b|\\breceived (assistance|training|support)\\b",
			Pattern.CASE_INSENSITIVE);

	private Specificity() {
	}

	public static SpecificityAssessment assess(RequestDetails request) {
		String text = nullToEmpty(request.title()) + "\n" + nullToEmpty(request.description());
		Map<AreaGroup, SortedSet<Area>> groups = groups(request.areas());
		Set<Criterion> met = EnumSet.noneOf(Criterion.class);
		if (groups.size() == 1) {
			met.add(Criterion.FOCUSED_AREAS);
		}
		if (AGENCY.matcher(text).find()) {
			met.add(Criterion.BENEFICIARY_AGENCY);
		}
		if (OUTCOME.matcher(text).find()) {
			met.add(Criterion.DESIRED_OUTCOME);
		}
		if (request.neededBy() != null || TIMEFRAME.matcher(text).find()) {
			met.add(Criterion.TIMEFRAME);
		}
		if (PRIOR.matcher(text).find()) {
			met.add(Criterion.PRIOR_ASSISTANCE);
		}
		List<Criterion> missed = Arrays.stream(Criterion.values())
			.filter(criterion -> !met.contains(criterion))
			.toList();
		int score = met.stream().mapToInt(Criterion::weight).sum();
		List<Question> questions = missed.stream().map(Criterion::question).toList();
		List<SplitPart> split = groups.size() > 1 ? split(request, groups) : List.of();
		return new SpecificityAssessment(score, List.copyOf(met), missed, questions, split);
	}

	private static Map<AreaGroup, SortedSet<Area>> groups(Set<Area> areas) {
		Map<AreaGroup, SortedSet<Area>> groups = new TreeMap<>();
		areas.forEach(area -> groups.computeIfAbsent(AreaGroup.of(area), group -> new TreeSet<>()).add(area));
		return groups;
	}

	private static List<SplitPart> split(RequestDetails request, Map<AreaGroup, SortedSet<Area>> groups) {
		List<SplitPart> parts = new ArrayList<>();
		groups.forEach((group, areas) -> parts.add(new SplitPart(group, areas, part(request, group, areas))));
		return parts;
	}

	private static RequestDetails part(RequestDetails request, AreaGroup group, Set<Area> areas) {
		String suffix = " (" + group.label() + ")";
		String title = nullToEmpty(request.title());
		if (title.length() + suffix.length() > Rules.MAX_TITLE_LENGTH) {
			title = title.substring(0, Rules.MAX_TITLE_LENGTH - suffix.length() - 1) + "…";
		}
		return new RequestDetails(request.requestingStates(), request.framework(), title + suffix,
				request.description(), areas, request.weaponCategories(), request.assistanceTypes(),
				request.languages(), request.publicationConsent(), request.neededBy());
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private static Pattern words(String... phrases) {
		StringBuilder alternatives = new StringBuilder();
		for (String phrase : phrases) {
			if (!alternatives.isEmpty()) {
				alternatives.append('|');
			}
			alternatives.append(Pattern.quote(phrase.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
		}
		return Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
