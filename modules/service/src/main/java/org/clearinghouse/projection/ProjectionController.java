package org.clearinghouse.projection;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretariat's operations on projections: where each stands, and a replay that
 * rebuilds one from the event store.
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionController {

	private final Projections projections;

	ProjectionController(Projections projections) {
		this.projections = projections;
	}

	@GetMapping
	List<ProjectionStatus> all() {
		return projections.statuses();
	}

	@GetMapping("/{processingGroup}")
	ProjectionStatus one(@PathVariable String processingGroup) {
		return projections.status(processingGroup);
	}

	/** Accepted: the replay runs in the background; poll the status until caught up. */
	@PostMapping("/{processingGroup}/replay")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ProjectionStatus replay(@PathVariable String processingGroup) {
		return projections.replay(processingGroup);
	}

}
