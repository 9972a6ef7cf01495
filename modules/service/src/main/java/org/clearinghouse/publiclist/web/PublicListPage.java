package org.clearinghouse.publiclist.web;

import java.util.List;

import org.clearinghouse.system.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public assistance list, readable without an account, filterable by area and
 * assistance type.
 * <p>
 * PLACEHOLDER: the list's content comes from the public assistance-list read model
 * ({@code GET /api/public/assistance-list}: the catalogue of forms of assistance,
 * published requests and offers), which is built on another branch. Until it is wired
 * here, {@code entries} is empty and the page says so; the filters already round-trip.
 */
@PageController
class PublicListPage {

	/** One entry of the public list, as the page shows it. */
	record Entry(String kind, String title, String who, List<String> areas, List<String> assistanceTypes) {
	}

	@GetMapping("/public")
	String list(@RequestParam(required = false) String area, @RequestParam(required = false) String type, Model model) {
		model.addAttribute("area", area);
		model.addAttribute("type", type);
		// TODO wire to the public assistance-list read model when it is merged
		model.addAttribute("entries", List.<Entry>of());
		return "publiclist/list";
	}

}
