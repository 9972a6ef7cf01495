package org.clearinghouse.system.web;

import org.clearinghouse.system.ClearinghouseUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The pages every audience shares: the start page (which sends a signed-in account to its
 * own start), the login form and the page for a page the account may not open.
 */
@PageController
class SystemPages {

	@GetMapping("/")
	String home(@AuthenticationPrincipal ClearinghouseUser user) {
		if (user == null) {
			return "system/home";
		}
		return switch (user.role()) {
			case SECRETARIAT -> "redirect:/secretariat";
			case DONOR -> "redirect:/donor/proposals";
			case COMMITTEE -> "redirect:/committee/quarterly";
		};
	}

	@GetMapping("/login")
	String login() {
		return "system/login";
	}

	/** Spring Security forwards here whatever the method of the refused request. */
	@RequestMapping("/denied")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String denied() {
		return "system/denied";
	}

}
