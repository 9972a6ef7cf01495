package org.clearinghouse.intake.api;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.clearinghouse.intake.Criterion;
import org.clearinghouse.intake.Specificity;
import org.clearinghouse.intake.SpecificityAssessment;
import org.clearinghouse.regional.api.Forms;
import org.clearinghouse.request.RequestAmended;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.request.api.RequestForm;
import org.clearinghouse.system.AggregateEvents;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How specific a request is at intake (programme of work, 8(e)), for the secretariat:
 * {@link Specificity#assess} of the request's current details, read from its events.
 */
@RestController
class SpecificityController {

	record QuestionView(String criterion, String key, String text) {
	}

	record SplitView(String group, List<String> areas, RequestForm draft) {
	}

	record SpecificityView(String requestId, int score, List<Criterion> met, List<Criterion> missed,
			List<QuestionView> questions, boolean suggestsSplit, List<SplitView> split) {

		static SpecificityView of(RequestId id, SpecificityAssessment assessment) {
			return new SpecificityView(id.toString(), assessment.score(), assessment.met(), assessment.missed(),
					assessment.missed()
						.stream()
						.map(criterion -> new QuestionView(criterion.name(), criterion.question().key(),
								criterion.question().text()))
						.toList(),
					assessment.suggestsSplit(),
					assessment.split()
						.stream()
						.map(part -> new SplitView(part.group().name(), part.areas().stream().map(Enum::name).toList(),
								Forms.of(part.draft())))
						.toList());
		}

	}

	private final AggregateEvents events;

	SpecificityController(AggregateEvents events) {
		this.events = events;
	}

	@GetMapping("/api/requests/{id}/specificity")
	SpecificityView specificity(@PathVariable RequestId id) {
		return SpecificityView.of(id,
				Specificity.assess(current(events.read("AssistanceRequest", id.toString(), "request"))));
	}

	/** The details as last registered or amended. */
	private static RequestDetails current(List<? extends DomainEventMessage<?>> history) {
		RequestDetails details = null;
		for (DomainEventMessage<?> message : history) {
			if (message.getPayload() instanceof RequestRegistered registered) {
				details = registered.details();
			}
			else if (message.getPayload() instanceof RequestAmended amended) {
				details = amended.details();
			}
		}
		return details;
	}

}
