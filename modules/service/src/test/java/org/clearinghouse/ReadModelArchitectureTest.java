package org.clearinghouse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * The read models only listen: they send no command, and none reaches into another's
 * tables or classes.
 */
@AnalyzeClasses(packages = "org.clearinghouse", importOptions = ImportOption.DoNotIncludeTests.class)
class ReadModelArchitectureTest {

	private static final String[] READ_MODELS = { "org.clearinghouse.publiclist..", "org.clearinghouse.matchingdb..",
			"org.clearinghouse.reporting.." };

	@ArchTest
	static final ArchRule read_models_send_no_commands = noClasses().that()
		.resideInAnyPackage(READ_MODELS)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(CommandGateway.class);

	@ArchTest
	static final ArchRule the_public_list_knows_no_other_read_model = noClasses().that()
		.resideInAPackage("org.clearinghouse.publiclist..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.clearinghouse.matchingdb..", "org.clearinghouse.reporting..");

	@ArchTest
	static final ArchRule the_matching_database_knows_no_other_read_model = noClasses().that()
		.resideInAPackage("org.clearinghouse.matchingdb..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.clearinghouse.publiclist..", "org.clearinghouse.reporting..");

	@ArchTest
	static final ArchRule the_report_knows_no_projection = noClasses().that()
		.resideInAPackage("org.clearinghouse.reporting..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.clearinghouse.publiclist..", "org.clearinghouse.matchingdb..",
				"org.clearinghouse.projection..");

}
