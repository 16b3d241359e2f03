package tw.netzero.portal.application.company;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import tw.netzero.portal.domain.model.company.ApplicationContact;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.pledge.CommitmentWindow;

/**
 * A company as its pages read it (the company page, the secretariat's list, an application, the
 * heading of a review): a read-only copy of {@link MemberCompany}, so that no entity reaches a view
 * (issue 19, item 2). {@code version} is what an edit of the profile sends back.
 *
 * @param contact the person who applied through the public form; null for a company the
 *                secretariat typed in or admitted
 */
public record CompanyDetails(long id, long version, CompanyProfile profile, MembershipStatus membershipStatus,
                             LocalDate joinedOn, ApplicationContact contact, String motivation, Instant appliedAt,
                             String decidedBy, String decisionReason, LocalDate commitmentExtendedTo, String commitmentExtensionReason,
                             String commitmentExtendedBy) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static CompanyDetails of(MemberCompany company) {
        return new CompanyDetails(company.id(), company.version(), company.profile(), company.membershipStatus(),
                company.joinedOn(), company.contact().orElse(null), company.motivation(), company.appliedAt(),
                company.decidedBy(), company.decisionReason(), company.commitmentExtendedTo(), company.commitmentExtensionReason(),
                company.commitmentExtendedBy());
    }

    public String ubn() {
        return profile.ubn();
    }

    public String nameEn() {
        return profile.nameEn();
    }

    public String nameZh() {
        return profile.nameZh();
    }

    public IndustryGroup industryGroup() {
        return profile.industryGroup();
    }

    public District district() {
        return profile.district();
    }

    public String website() {
        return profile.website();
    }

    /** The window to get targets approved, counted from joining; empty before the company joined. */
    public Optional<CommitmentWindow> commitmentWindow() {
        return joinedOn == null ? Optional.empty() : Optional.of(new CommitmentWindow(joinedOn, commitmentExtendedTo));
    }
}
