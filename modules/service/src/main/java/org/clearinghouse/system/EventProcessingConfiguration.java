package org.clearinghouse.system;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failing event handler is retried, never skipped: a projection that lost an update, or
 * a record that never reached Kafka, would be silently wrong. The processor backs off and
 * retries from its last token.
 */
@Configuration(proxyBeanMethods = false)
class EventProcessingConfiguration {

	@Bean
	ConfigurerModule retryFailedEventHandlers() {
		return configurer -> configurer.eventProcessing()
			.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
	}

}
