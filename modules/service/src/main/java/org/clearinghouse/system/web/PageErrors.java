package org.clearinghouse.system.web;

import org.clearinghouse.matching.WrongProviderException;
import org.clearinghouse.system.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The pages' answer to an unknown id (404), a step the state forbids (409) and an action
 * of another account (403): a page, where the API answers with a problem document.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("problem", "error.notFound");
		return "system/problem";
	}

	@ExceptionHandler(IllegalStateException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Model model) {
		model.addAttribute("problem", "error.conflict");
		return "system/problem";
	}

	@ExceptionHandler({ AccessDeniedException.class, WrongProviderException.class })
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(Model model) {
		model.addAttribute("problem", "error.forbidden");
		return "system/problem";
	}

}
