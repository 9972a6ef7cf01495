package org.clearinghouse.matching.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.clearinghouse.matching.ProposalStatus;
import org.clearinghouse.matching.inbox.MatchingFigures;
import org.clearinghouse.matching.inbox.ProposalEntry;
import org.clearinghouse.matching.inbox.ProposalInbox;
import org.clearinghouse.request.RequestStatus;
import org.clearinghouse.request.list.RequestList;
import org.clearinghouse.system.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The secretariat's start page: open requests without a match, proposals awaiting the
 * donors' answers (those expiring within a week apart), accepted matches to follow
 * through, and the matching figures.
 */
@PageController
class DashboardPage {

	static final Duration EXPIRING_SOON = Duration.ofDays(7);

	/** A request has a match while a proposal for it is open or was accepted. */
	private static final Set<ProposalStatus> MATCHED = EnumSet.of(ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED,
			ProposalStatus.CONFIRMED, ProposalStatus.DELIVERED, ProposalStatus.CLOSED);

	private static final Set<ProposalStatus> TO_FOLLOW = EnumSet.of(ProposalStatus.ACCEPTED, ProposalStatus.CONFIRMED,
			ProposalStatus.DELIVERED);

	private final ProposalInbox inbox;

	private final RequestList requests;

	private final MatchingFigures figures;

	private final Clock clock;

	DashboardPage(ProposalInbox inbox, RequestList requests, MatchingFigures figures, Clock clock) {
		this.inbox = inbox;
		this.requests = requests;
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/secretariat")
	String dashboard(Model model) {
		List<ProposalEntry> proposals = inbox.list(Optional.empty(), Optional.empty());
		Set<UUID> matched = proposals.stream()
			.filter(p -> MATCHED.contains(p.status()))
			.map(ProposalEntry::requestId)
			.collect(Collectors.toSet());
		Instant soon = clock.instant().plus(EXPIRING_SOON);
		List<ProposalEntry> awaiting = proposals.stream().filter(p -> p.status().isOpen()).toList();
		model.addAttribute("unmatched",
				requests.find(null, RequestStatus.OPEN)
					.stream()
					.filter(r -> !matched.contains(r.requestId()))
					.toList());
		model.addAttribute("expiring",
				awaiting.stream().filter(p -> p.expiresAt() != null && p.expiresAt().isBefore(soon)).toList());
		model.addAttribute("awaiting",
				awaiting.stream().filter(p -> p.expiresAt() == null || !p.expiresAt().isBefore(soon)).toList());
		model.addAttribute("toFollow", proposals.stream().filter(p -> TO_FOLLOW.contains(p.status())).toList());
		model.addAttribute("timing", figures.now().timing());
		return "matching/dashboard";
	}

}
