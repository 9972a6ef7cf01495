package org.clearinghouse.system.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout of every page needs: the language switcher and the reading direction.
 */
@ControllerAdvice(annotations = PageController.class)
class LayoutModel {

	/**
	 * One of the switcher's links: the language's name in that language, and this page in
	 * it.
	 */
	record LanguageLink(String code, String name, String href, boolean current) {
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks() {
		Locale current = LocaleContextHolder.getLocale();
		return Languages.SUPPORTED.stream()
			.map(locale -> new LanguageLink(locale.getLanguage(), locale.getDisplayLanguage(locale),
					ServletUriComponentsBuilder.fromCurrentRequest()
						.replaceQueryParam(Languages.PARAMETER, locale.getLanguage())
						.build()
						.toUriString(),
					locale.getLanguage().equals(current.getLanguage())))
			.toList();
	}

	@ModelAttribute("language")
	String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

}
