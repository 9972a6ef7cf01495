package org.clearinghouse;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.clearinghouse.catalogue.CatalogueEvent;
import org.clearinghouse.matching.ProposalEvent;
import org.clearinghouse.offer.OfferEvent;
import org.clearinghouse.request.RequestEvent;

/**
 * The domain's shape: no infrastructure, messages as records with one naming rule,
 * requests apart from offers; matching, which pairs them, may know both.
 */
@AnalyzeClasses(packages = "org.clearinghouse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String REQUEST = "org.clearinghouse.request";

	private static final String OFFER = "org.clearinghouse.offer";

	private static final String MATCHING = "org.clearinghouse.matching";

	/**
	 * The verbs a command's name starts with, e.g. RegisterRequest, ObjectToPublication,
	 * UseOfferCapacity, ProposeMatch.
	 */
	private static final List<String> COMMAND_VERBS = List.of("Register", "Amend", "Withdraw", "Close", "Publish",
			"ObjectTo", "Record", "Use", "Release", "Propose", "Accept", "Decline", "Cancel", "Confirm");

	private static final DescribedPredicate<JavaClass> named_like_a_command = describe(
			"have a simple name starting with a verb " + COMMAND_VERBS,
			javaClass -> COMMAND_VERBS.stream().anyMatch(verb -> javaClass.getSimpleName().startsWith(verb)));

	@ArchTest
	static final ArchRule the_domain_knows_no_web_database_or_kafka = noClasses().that()
		.resideInAPackage("org.clearinghouse..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "jakarta.persistence..", "org.springframework.jdbc..",
				"org.apache.kafka..", "org.springframework.kafka..");

	@ArchTest
	static final ArchRule commands_are_records = classes().that()
		.resideInAnyPackage(REQUEST, OFFER, MATCHING)
		.and(named_like_a_command)
		.and()
		.areTopLevelClasses()
		.should()
		.beRecords();

	@ArchTest
	static final ArchRule events_are_records = classes().that()
		.implement(RequestEvent.class)
		.or()
		.implement(OfferEvent.class)
		.or()
		.implement(ProposalEvent.class)
		.or()
		.implement(CatalogueEvent.class)
		.should()
		.beRecords();

	/**
	 * The one exception to the naming rule: the sealed interface that lists an
	 * aggregate's events (RequestEvent, OfferEvent, ProposalEvent, CatalogueEvent).
	 */
	private static final DescribedPredicate<JavaClass> a_sealed_list_of_events = describe(
			"a sealed interface listing an aggregate's events", javaClass -> javaClass.isInterface()
					&& javaClass.getSimpleName().endsWith("Event") && javaClass.reflect().isSealed());

	@ArchTest
	static final ArchRule messages_are_not_named_command_or_event = noClasses().that()
		.resideInAPackage("org.clearinghouse..")
		.and(DescribedPredicate.not(a_sealed_list_of_events))
		.should()
		.haveSimpleNameEndingWith("Command")
		.orShould()
		.haveSimpleNameEndingWith("Event");

	@ArchTest
	static final ArchRule the_event_interfaces_are_sealed = classes().that()
		.belongToAnyOf(RequestEvent.class, OfferEvent.class, ProposalEvent.class, CatalogueEvent.class)
		.and()
		.areTopLevelClasses()
		.should()
		.beInterfaces()
		.andShould(beSealed());

	@ArchTest
	static final ArchRule requests_do_not_depend_on_offers = noClasses().that()
		.resideInAPackage(REQUEST + "..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(OFFER + "..");

	@ArchTest
	static final ArchRule offers_do_not_depend_on_requests = noClasses().that()
		.resideInAPackage(OFFER + "..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(REQUEST + "..");

	@ArchTest
	static final ArchRule requests_and_offers_do_not_depend_on_matching = noClasses().that()
		.resideInAnyPackage(REQUEST + "..", OFFER + "..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(MATCHING + "..");

	private static ArchCondition<JavaClass> beSealed() {
		return new ArchCondition<>("be sealed") {

			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				boolean sealed = javaClass.reflect().isSealed();
				events.add(new SimpleConditionEvent(javaClass, sealed,
						javaClass.getName() + (sealed ? " is" : " is not") + " sealed"));
			}

		};
	}

}
