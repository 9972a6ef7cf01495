package org.clearinghouse.matching.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clearinghouse.matching.ProposalStatus;
import org.clearinghouse.matching.inbox.MatchingFigures;
import org.clearinghouse.matching.inbox.ProposalEntry;
import org.clearinghouse.matching.inbox.ProposalInbox;
import org.clearinghouse.matchingdb.MatchingDatabase;
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

	private static final Set<ProposalStatus> TO_FOLLOW = EnumSet.of(ProposalStatus.ACCEPTED, ProposalStatus.CONFIRMED,
			ProposalStatus.DELIVERED);

	private final ProposalInbox inbox;

	private final MatchingDatabase requests;

	private final MatchingFigures figures;

	private final Clock clock;

	DashboardPage(ProposalInbox inbox, MatchingDatabase requests, MatchingFigures figures, Clock clock) {
		this.inbox = inbox;
		this.requests = requests;
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/secretariat")
	String dashboard(Model model) {
		List<ProposalEntry> proposals = inbox.list(Optional.empty(), Optional.empty());
		Instant soon = clock.instant().plus(EXPIRING_SOON);
		List<ProposalEntry> awaiting = proposals.stream().filter(p -> p.status().isOpen()).toList();
		model.addAttribute("unmatched", requests.openRequestsWithoutMatch());
		model.addAttribute("expiring",
				awaiting.stream().filter(p -> p.expiresAt() != null && p.expiresAt().isBefore(soon)).toList());
		model.addAttribute("awaiting",
				awaiting.stream().filter(p -> p.expiresAt() == null || !p.expiresAt().isBefore(soon)).toList());
		model.addAttribute("toFollow", proposals.stream().filter(p -> TO_FOLLOW.contains(p.status())).toList());
		model.addAttribute("timing", figures.now().timing());
		return "matching/dashboard";
	}

}
