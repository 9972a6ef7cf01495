package org.clearinghouse.publiclist;

import java.util.Arrays;
import java.util.List;

import org.clearinghouse.publiclist.PublicAssistanceList.CatalogueItem;
import org.clearinghouse.publiclist.PublicAssistanceList.FormOfAssistance;
import org.clearinghouse.vocabulary.AssistanceType;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public list, for anyone: no account needed. */
@RestController
class PublicListController {

	private final PublicListProjection list;

	PublicListController(PublicListProjection list) {
		this.list = list;
	}

	@GetMapping("/api/public/assistance-list")
	PublicAssistanceList assistanceList() {
		List<CatalogueItem> catalogue = list.catalogue();
		List<FormOfAssistance> forms = Arrays.stream(AssistanceType.values())
			.map(type -> new FormOfAssistance(type,
					catalogue.stream().filter(item -> item.assistanceType() == type).toList()))
			.toList();
		return new PublicAssistanceList(forms, list.requests(), list.offers());
	}

}
