package tw.netzero.portal.domain.model.company;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import tw.netzero.portal.domain.model.pledge.CommitmentWindow;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.NoHiddenCharacters;
import tw.netzero.portal.domain.model.shared.RequiredText;

/**
 * A company in the alliance, identified by its UBN. Membership moves only through the verbs
 * below (apply, activate or reject, reapply, suspend, reinstate, withdraw); each refuses an
 * illegal move. An application keeps its contact person (not public) and the decision's reason.
 */
@Entity
@Table(name = "member_company")
@NamedQuery(name = MemberCompany.FIND_BY_UBN,
        query = "SELECT c FROM MemberCompany c WHERE c.ubn = :ubn")
public class MemberCompany implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_UBN = "MemberCompany.findByUbn";

    public static final int NAME_EN_MAX = 200;
    public static final int NAME_ZH_MAX = 100;
    public static final int WEBSITE_MAX = 255;
    public static final String WEBSITE_PATTERN = "https?://[^\\s]+";
    public static final int DECISION_REASON_MAX = 2000;

    // Table-based ids: portable across MariaDB/MySQL and H2, and ids known before the
    // INSERT lets EclipseLink batch writes (see docs/decisions/0002-id-generation.md).
    @Id
    @TableGenerator(name = "member_company_id", table = "id_sequence",
            pkColumnName = "sequence_name", valueColumnName = "next_value",
            pkColumnValue = "member_company", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "member_company_id")
    private Long id;

    @NotNull
    @Convert(converter = UbnConverter.class)
    @Column(name = "ubn", length = Ubn.LENGTH, nullable = false, unique = true, updatable = false)
    private Ubn ubn;

    /** The same column as plain digits, read-only: a search matches a UBN by its first digits (issue 20). */
    @Column(name = "ubn", insertable = false, updatable = false)
    private String ubnDigits;

    @NotBlank(message = "{company.nameEn.required}")
    @Size(max = NAME_EN_MAX, message = "{company.nameEn.size}")
    @NoHiddenCharacters(message = "{company.name.hiddenCharacters}")
    @Column(name = "name_en", nullable = false, length = NAME_EN_MAX)
    private String nameEn;

    @NotBlank(message = "{company.nameZh.required}")
    @Size(max = NAME_ZH_MAX, message = "{company.nameZh.size}")
    @NoHiddenCharacters(message = "{company.name.hiddenCharacters}")
    @Column(name = "name_zh", nullable = false, length = NAME_ZH_MAX)
    private String nameZh;

    @NotNull(message = "{company.industryGroup.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "industry_group", nullable = false, length = 32)
    private IndustryGroup industryGroup;

    @NotNull(message = "{company.district.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "district", nullable = false, length = 16)
    private District district;

    @Size(max = WEBSITE_MAX, message = "{company.website.size}")
    @Pattern(regexp = WEBSITE_PATTERN, message = "{company.website.pattern}")
    @Column(name = "website", length = WEBSITE_MAX)
    private String website;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "membership_status", nullable = false, length = 16)
    private MembershipStatus membershipStatus;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "contact_name", length = ApplicationContact.NAME_MAX)
    private String contactName;

    @Column(name = "contact_email", length = ApplicationContact.EMAIL_MAX)
    private String contactEmail;

    @Column(name = "contact_phone", length = ApplicationContact.PHONE_MAX)
    private String contactPhone;

    @Column(name = "motivation", length = MembershipApplication.MOTIVATION_MAX)
    private String motivation;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decision_reason", length = DECISION_REASON_MAX)
    private String decisionReason;

    @Column(name = "commitment_extended_to")
    private LocalDate commitmentExtendedTo;

    @Column(name = "commitment_extension_reason", length = CommitmentWindow.REASON_MAX)
    private String commitmentExtensionReason;

    @Column(name = "commitment_extended_by", length = 254)
    private String commitmentExtendedBy;

    @Column(name = "commitment_extended_at")
    private Instant commitmentExtendedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MemberCompany() {
        // for JPA
    }

    private MemberCompany(CompanyProfile profile, MembershipStatus status, LocalDate joinedOn) {
        Objects.requireNonNull(profile, "profile");
        this.ubn = Ubn.of(profile.ubn());
        this.membershipStatus = status;
        this.joinedOn = joinedOn;
        describe(profile);
    }

    /** A company that has applied and waits for the secretariat's decision. */
    public static MemberCompany applicant(CompanyProfile profile) {
        return new MemberCompany(profile, MembershipStatus.APPLICANT, null);
    }

    /** A company that applied through the public form, with its contact person. */
    public static MemberCompany applicant(MembershipApplication application, Instant at) {
        MemberCompany company = applicant(application.profile());
        company.recordApplication(application, at);
        return company;
    }

    /** A rejected company applies again (its circumstances may have changed); the old reason goes. */
    public void reapply(MembershipApplication application, Instant at) {
        requireStatus(MembershipStatus.REJECTED, "reapply");
        describe(application.profile());
        membershipStatus = MembershipStatus.APPLICANT;
        recordApplication(application, at);
    }

    private void recordApplication(MembershipApplication application, Instant at) {
        ApplicationContact contact = application.contact();
        this.contactName = contact.name().strip();
        this.contactEmail = contact.email().strip();
        this.contactPhone = contact.phone() == null || contact.phone().isBlank() ? null : contact.phone().strip();
        this.motivation = application.motivation() == null || application.motivation().isBlank()
                ? null : application.motivation().strip();
        this.appliedAt = Objects.requireNonNull(at, "at");
        this.decidedAt = null;
        this.decidedBy = null;
        this.decisionReason = null;
    }

    /** The secretariat admits an applicant: it is an active member from {@code on}. */
    public void approve(String reviewer, Instant at, LocalDate on) {
        activate(on);
        recordDecision(reviewer, at, null);
    }

    /** The secretariat turns an application down; the applicant is told why, so the reason is required. */
    public void reject(String reviewer, Instant at, String reason) {
        requireStatus(MembershipStatus.APPLICANT, "reject");
        String stated = RequiredText.stripped("reason", reason, DECISION_REASON_MAX,
                "company.application.reasonRequired", "company.application.reasonSize");
        membershipStatus = MembershipStatus.REJECTED;
        recordDecision(reviewer, at, stated);
    }

    private void recordDecision(String reviewer, Instant at, String reason) {
        this.decidedBy = reviewer;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    /** A company admitted directly, as the founding members were. */
    public static MemberCompany admitted(CompanyProfile profile, LocalDate joinedOn) {
        Objects.requireNonNull(joinedOn, "joinedOn");
        return new MemberCompany(profile, MembershipStatus.ACTIVE, joinedOn);
    }

    /** Replaces the descriptive details; the UBN never changes. */
    public void describe(CompanyProfile profile) {
        if (!ubn.value().equals(profile.ubn())) {
            throw new DomainRuleViolation("company.ubn.immutable");
        }
        this.nameEn = profile.nameEn().strip();
        this.nameZh = profile.nameZh().strip();
        this.industryGroup = profile.industryGroup();
        this.district = profile.district();
        this.website = profile.website() == null || profile.website().isBlank() ? null : profile.website().strip();
    }

    public void activate(LocalDate on) {
        requireStatus(MembershipStatus.APPLICANT, "activate");
        this.membershipStatus = MembershipStatus.ACTIVE;
        this.joinedOn = on;
    }

    public void suspend() {
        requireStatus(MembershipStatus.ACTIVE, "suspend");
        this.membershipStatus = MembershipStatus.SUSPENDED;
    }

    public void reinstate() {
        requireStatus(MembershipStatus.SUSPENDED, "reinstate");
        this.membershipStatus = MembershipStatus.ACTIVE;
    }

    public void withdraw() {
        if (membershipStatus != MembershipStatus.ACTIVE && membershipStatus != MembershipStatus.SUSPENDED) {
            throw illegalMove("withdraw");
        }
        this.membershipStatus = MembershipStatus.WITHDRAWN;
    }

    /**
     * The window this member has to get targets approved, counted from joining; empty for a company
     * that has not joined (an applicant, a rejected one).
     */
    public Optional<CommitmentWindow> commitmentWindow() {
        return joinedOn == null ? Optional.empty() : Optional.of(new CommitmentWindow(joinedOn, commitmentExtendedTo));
    }

    /**
     * The secretariat extends the commitment window of an active member to {@code to}, for a
     * reason (required); the date may not be in the past nor within the ordinary 24 months
     * ({@link CommitmentWindow#extendTo}). A later extension replaces an earlier one.
     */
    public void extendCommitment(LocalDate to, String reason, String by, Instant at, LocalDate today) {
        requireStatus(MembershipStatus.ACTIVE, "extendCommitment");
        CommitmentWindow extended = commitmentWindow().orElseThrow(() -> illegalMove("extendCommitment"))
                .extendTo(to, reason, today);
        this.commitmentExtendedTo = extended.extendedTo();
        this.commitmentExtensionReason = reason.strip();
        this.commitmentExtendedBy = Objects.requireNonNull(by, "by");
        this.commitmentExtendedAt = Objects.requireNonNull(at, "at");
    }

    private void requireStatus(MembershipStatus required, String move) {
        if (membershipStatus != required) {
            throw illegalMove(move);
        }
    }

    private DomainRuleViolation illegalMove(String move) {
        return new DomainRuleViolation("company.membership.illegalMove", move, membershipStatus);
    }

    public Long id() {
        return id;
    }

    public Ubn ubn() {
        return ubn;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public IndustryGroup industryGroup() {
        return industryGroup;
    }

    public District district() {
        return district;
    }

    public String website() {
        return website;
    }

    public MembershipStatus membershipStatus() {
        return membershipStatus;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public long version() {
        return version;
    }

    /** The applicant's contact person; empty for companies admitted directly. */
    public Optional<ApplicationContact> contact() {
        return contactEmail == null ? Optional.empty()
                : Optional.of(new ApplicationContact(contactName, contactEmail, contactPhone));
    }

    public String motivation() {
        return motivation;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public LocalDate commitmentExtendedTo() {
        return commitmentExtendedTo;
    }

    public String commitmentExtensionReason() {
        return commitmentExtensionReason;
    }

    public String commitmentExtendedBy() {
        return commitmentExtendedBy;
    }

    public Instant commitmentExtendedAt() {
        return commitmentExtendedAt;
    }

    public CompanyProfile profile() {
        return new CompanyProfile(ubn.value(), nameEn, nameZh, industryGroup, district, website);
    }
}
