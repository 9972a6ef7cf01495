/**
 * Requests for assistance: from one State, or jointly from several within a framework.
 * The {@link org.clearinghouse.request.AssistanceRequest} aggregate decides; its messages
 * are the records beside it.
 */
package org.clearinghouse.request;
