package org.tidewatch.core.sanctions;

import java.util.Optional;

/**
 * A stated relation from a listed entry to another party, which may itself be listed.
 *
 * @param kind the relation
 * @param targetName the other party's name as the list writes it
 * @param targetEntryId the other party's entry id on the same list, when the list gives it
 */
public record EntityLink(LinkKind kind, String targetName, Optional<String> targetEntryId) {}
