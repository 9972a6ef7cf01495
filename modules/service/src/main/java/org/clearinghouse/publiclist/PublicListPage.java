package org.clearinghouse.publiclist;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.clearinghouse.offer.ProviderType;
import org.clearinghouse.publiclist.PublicAssistanceList.CatalogueItem;
import org.clearinghouse.system.FieldReader;
import org.clearinghouse.system.web.PageController;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public assistance list, readable without an account: the forms of assistance with
 * their practical examples, and the published requests and offers, filterable by area and
 * assistance type. It reads the public list's own tables, which hold nothing
 * confidential.
 */
@PageController
class PublicListPage {

	/** One published request or offer, as the page shows it. */
	record Entry(String kind, String title, String who, Set<Area> areas, Set<AssistanceType> assistanceTypes) {
	}

	private final PublicListProjection list;

	PublicListPage(PublicListProjection list) {
		this.list = list;
	}

	@GetMapping("/public")
	String list(@RequestParam(required = false) String area, @RequestParam(required = false) String type, Model model) {
		Area wantedArea = known(area, FieldReader.enumOf(Area.class));
		AssistanceType wantedType = known(type, FieldReader.enumOf(AssistanceType.class));
		Locale locale = LocaleContextHolder.getLocale();
		List<CatalogueItem> forms = list.catalogue()
			.stream()
			.filter(item -> wantedType == null || item.assistanceType() == wantedType)
			.toList();
		List<Entry> entries = Stream
			.concat(list.requests()
				.stream()
				.map(r -> new Entry("REQUEST", r.title(), states(r.requestingStates(), locale), r.areas(),
						r.assistanceTypes())),
					list.offers()
						.stream()
						.map(o -> new Entry("OFFER", o.title(),
								o.provider().type() == ProviderType.STATE
										? CountryCode.of(o.provider().code().value()).displayName(locale)
										: o.provider().code().value(),
								o.areas(), o.assistanceTypes())))
			.filter(e -> wantedArea == null || e.areas().contains(wantedArea))
			.filter(e -> wantedType == null || e.assistanceTypes().contains(wantedType))
			.toList();
		model.addAttribute("area", wantedArea == null ? null : wantedArea.name());
		model.addAttribute("type", wantedType == null ? null : wantedType.name());
		model.addAttribute("forms", forms);
		model.addAttribute("entries", entries);
		return "publiclist/list";
	}

	/**
	 * A filter the page does not know is no filter: the public page never answers 400.
	 */
	private static <T> T known(String code, Function<String, T> parse) {
		try {
			return code == null || code.isBlank() ? null : parse.apply(code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String states(Set<CountryCode> states, Locale locale) {
		return states.stream().map(state -> state.displayName(locale)).collect(Collectors.joining(", "));
	}

}
