package tw.netzero.portal.application.pledge;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.pledge.PledgeCommand;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.SbtiValidation;
import tw.netzero.portal.domain.model.pledge.TargetCommand;

/**
 * One version of a pledge as the wizard and the secretariat's review read it: a read-only copy of
 * {@link PledgeVersion} with its content stated as the wizard's commands ({@link PledgeCommand} and
 * its {@link TargetCommand}s), so that neither the entity nor its {@code @Embeddable} content
 * reaches a view (issue 19, item 2). {@code version} is what a save sends back.
 *
 * @param complete whether every field a pledge needs is filled in ({@link #terms()} is then present)
 */
public record PledgeVersionDetails(long id, long companyId, int number, long version, PledgeStatus status,
                                   boolean editableByMember, String reviewer, String reviewComment, boolean complete,
                                   PledgeCommand terms, List<TargetCommand> targets) implements Serializable {

    private static final long serialVersionUID = 1L;

    public PledgeVersionDetails {
        targets = List.copyOf(targets);
    }

    public static PledgeVersionDetails of(PledgeVersion version) {
        return new PledgeVersionDetails(version.id(), version.companyId(), version.number(), version.version(),
                version.status(), version.isEditableByMember(), version.reviewer(), version.reviewComment(),
                version.content().isComplete(), PledgeCommand.of(version.content()),
                version.content().targets().stream().map(TargetCommand::of).toList());
    }

    /** Still being worked on or reviewed (not approved, not rejected). */
    public boolean isOpen() {
        return status.isOpen();
    }

    /** The checked terms of a complete version, as {@link PledgeVersion#terms()} gives them. */
    public Optional<PledgeTerms> checkedTerms() {
        return complete ? Optional.of(terms.toDraft(targets).toTerms(LocalDate.MAX)) : Optional.empty();
    }

    /** SBTi's validation as the member recorded it (checked when it was saved); empty when none. */
    public Optional<SbtiValidation> recordedSbtiValidation() {
        return terms.toDraft(List.of()).recordedSbtiValidation();
    }
}
