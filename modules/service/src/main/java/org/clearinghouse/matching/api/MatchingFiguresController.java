package org.clearinghouse.matching.api;

import org.clearinghouse.matching.inbox.MatchingFigures;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The figures for reviewing matching strategies, for the secretariat and the reports. */
@RestController
class MatchingFiguresController {

	private final MatchingFigures figures;

	MatchingFiguresController(MatchingFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/matching/figures")
	MatchingFigures.Figures figures() {
		return figures.now();
	}

}
