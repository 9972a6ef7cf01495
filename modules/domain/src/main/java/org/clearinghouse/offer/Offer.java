package org.clearinghouse.offer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clearinghouse.vocabulary.ProposalId;
import org.clearinghouse.vocabulary.PublicationConsent;

/**
 * An offer of assistance or an assistance programme. Public only while its provider
 * consents.
 */
@Aggregate
class Offer {

	@AggregateIdentifier
	private OfferId offerId;

	private OfferDetails details;

	private OfferStatus status;

	private boolean published;

	/** The accepted proposals that hold a unit of this offer's capacity. */
	private final Set<ProposalId> capacityHeldBy = new HashSet<>();

	protected Offer() {
		// for Axon: rebuilt from its events
	}

	@CommandHandler
	Offer(RegisterOffer command) {
		command.details().enforce();
		apply(new OfferRegistered(command.offerId(), command.details()));
		if (command.details().publicationConsent() == PublicationConsent.GIVEN) {
			apply(new OfferPublished(command.offerId()));
		}
	}

	@CommandHandler
	void handle(AmendOffer command) {
		requireActive("amended");
		command.details().enforce();
		if (command.details().equals(details)) {
			return;
		}
		apply(new OfferAmended(offerId, command.details()));
		boolean publishable = command.details().publicationConsent() == PublicationConsent.GIVEN;
		if (publishable && !published) {
			apply(new OfferPublished(offerId));
		}
		else if (!publishable && published) {
			apply(new OfferUnpublished(offerId));
		}
	}

	@CommandHandler
	void handle(WithdrawOffer command) {
		requireActive("withdrawn");
		apply(new OfferWithdrawn(offerId, command.reason()));
	}

	@CommandHandler
	void handle(CloseOffer command) {
		requireActive("closed");
		apply(new OfferClosed(offerId, command.reason()));
	}

	@CommandHandler
	void handle(UseOfferCapacity command) {
		if (capacityHeldBy.contains(command.proposalId())) {
			return;
		}
		requireActive("used");
		int remaining = remainingCapacity();
		if (remaining <= 0) {
			throw new IllegalStateException("offer " + offerId + " is fully used");
		}
		apply(new OfferCapacityUsed(offerId, command.proposalId(), remaining - 1));
	}

	@CommandHandler
	void handle(ReleaseOfferCapacity command) {
		if (capacityHeldBy.contains(command.proposalId())) {
			apply(new OfferCapacityReleased(offerId, command.proposalId(),
					Math.max(0, details.capacity() - (capacityHeldBy.size() - 1))));
		}
	}

	private int remainingCapacity() {
		return Math.max(0, details.capacity() - capacityHeldBy.size());
	}

	private void requireActive(String action) {
		if (status != OfferStatus.ACTIVE) {
			throw new IllegalStateException(
					"offer " + offerId + " is " + status.name().toLowerCase() + " and cannot be " + action);
		}
	}

	@EventSourcingHandler
	void on(OfferRegistered event) {
		offerId = event.offerId();
		details = event.details();
		status = OfferStatus.ACTIVE;
	}

	@EventSourcingHandler
	void on(OfferAmended event) {
		details = event.details();
	}

	@EventSourcingHandler
	void on(OfferPublished event) {
		published = true;
	}

	@EventSourcingHandler
	void on(OfferUnpublished event) {
		published = false;
	}

	@EventSourcingHandler
	void on(OfferCapacityUsed event) {
		capacityHeldBy.add(event.proposalId());
	}

	@EventSourcingHandler
	void on(OfferCapacityReleased event) {
		capacityHeldBy.remove(event.proposalId());
	}

	@EventSourcingHandler
	void on(OfferWithdrawn event) {
		status = OfferStatus.WITHDRAWN;
	}

	@EventSourcingHandler
	void on(OfferClosed event) {
		status = OfferStatus.CLOSED;
	}

}
