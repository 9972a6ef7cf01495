package org.clearinghouse.system.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The languages of the pages. {@code ?lang=zh} on any page switches to one of them; the
 * choice is kept in a cookie. Any other value is ignored.
 */
public final class Languages implements HandlerInterceptor {

	public static final String PARAMETER = "lang";

	public static final String COOKIE = "clearinghouse-lang";

	/**
	 * English, Chinese, French and Arabic, complete in the message bundles. Arabic pages
	 * are laid out right to left ({@code page.dir} in the bundles).
	 */
	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.CHINESE, Locale.FRENCH,
			Locale.forLanguageTag("ar"));

	private final LocaleResolver resolver;

	Languages(LocaleResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		supported(request.getParameter(PARAMETER)).ifPresent(locale -> resolver.setLocale(request, response, locale));
		return true;
	}

	static Optional<Locale> supported(String tag) {
		return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(tag)).findFirst();
	}

}
